package nl.selam.bot.conversation.contract;

import io.micronaut.core.annotation.Nullable;
import nl.selam.kb.language.Language;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a button or list row does when pressed. Typed, so no channel parses another's strings; {@link #id()} is a
 * short stable token (at most 64 characters, fits Telegram's callback data and WhatsApp's reply ids) that the
 * channel puts on the wire and hands back to {@link #parse} when the resident presses it.
 */
public sealed interface Action {

    /** The token to put on the wire. */
    String id();

    /** The event this action means when the resident pressed it. */
    InboundEvent toEvent(Origin origin, @Nullable String label);

    /** Answer in this language from now on. */
    record ChooseLanguage(Language language) implements Action {
        public String id() {
            return "lang:" + language.code();
        }

        public InboundEvent toEvent(Origin origin, String label) {
            return new InboundEvent.LanguageChosen(origin, language, true);
        }
    }

    /** The topic menu ({@code category} null) or one category of it. */
    record OpenMenu(@Nullable String category) implements Action {
        public String id() {
            return category == null ? "menu" : "menu:" + category;
        }

        public InboundEvent toEvent(Origin origin, String label) {
            return new InboundEvent.MenuChosen(origin, category);
        }
    }

    /** One FAQ topic's answer. */
    record ShowTopic(String topic) implements Action {
        public String id() {
            return "topic:" + topic;
        }

        public InboundEvent toEvent(Origin origin, String label) {
            return new InboundEvent.TopicChosen(origin, topic);
        }
    }

    /** 👍 ({@code helpful}) or 👎 on the answer with this message id. */
    record Rate(long messageId, boolean helpful) implements Action {
        public String id() {
            return "fb:" + messageId + ":" + (helpful ? 1 : 0);
        }

        public InboundEvent toEvent(Origin origin, String label) {
            return new InboundEvent.FeedbackGiven(origin, messageId, helpful);
        }
    }

    /** Talk to a person. */
    record AskPerson() implements Action {
        public String id() {
            return "person";
        }

        public InboundEvent toEvent(Origin origin, String label) {
            return new InboundEvent.PersonRequested(origin, label);
        }
    }

    /** Back to the assistant. */
    record ReturnToAssistant() implements Action {
        public String id() {
            return "assistant";
        }

        public InboundEvent toEvent(Origin origin, String label) {
            return new InboundEvent.BackToAssistant(origin, label);
        }
    }

    /** Yes, erase everything. */
    record ConfirmErase() implements Action {
        public String id() {
            return "erase:yes";
        }

        public InboundEvent toEvent(Origin origin, String label) {
            return new InboundEvent.EraseConfirmed(origin);
        }
    }

    /** No, keep it. */
    record CancelErase() implements Action {
        public String id() {
            return "erase:no";
        }

        public InboundEvent toEvent(Origin origin, String label) {
            return new InboundEvent.EraseCancelled(origin);
        }
    }

    /** Ids and topics are short tokens; anything else on the wire is not one of our buttons. */
    Pattern TOKEN = Pattern.compile("[a-z0-9._-]{1,60}");

    /** The action behind a token Selam put on the wire; empty for anything else (forged or stale data). */
    static Optional<Action> parse(@Nullable String id) {
        if (id == null) {
            return Optional.empty();
        }
        switch (id) {
            case "person": return Optional.of(new AskPerson());
            case "assistant": return Optional.of(new ReturnToAssistant());
            case "menu": return Optional.of(new OpenMenu(null));
            case "erase:yes": return Optional.of(new ConfirmErase());
            case "erase:no": return Optional.of(new CancelErase());
            default: break;
        }
        int colon = id.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String kind = id.substring(0, colon);
        String value = id.substring(colon + 1);
        if (kind.equals("fb")) {
            String[] p = value.split(":");
            return p.length == 2 && p[0].matches("\\d{1,18}") && p[1].matches("[01]")
                    ? Optional.of(new Rate(Long.parseLong(p[0]), p[1].equals("1"))) : Optional.empty();
        }
        if (!TOKEN.matcher(value).matches()) {
            return Optional.empty();
        }
        return switch (kind) {
            case "lang" -> Language.fromCode(value).filter(Language::isAnswered).<Action>map(ChooseLanguage::new);
            case "menu" -> Optional.of(new OpenMenu(value));
            case "topic" -> Optional.of(new ShowTopic(value));
            default -> Optional.empty();
        };
    }
}
