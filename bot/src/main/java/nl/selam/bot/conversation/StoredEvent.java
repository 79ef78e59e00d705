package nl.selam.bot.conversation;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.kb.language.Language;

import java.util.Optional;

/**
 * How an inbound event is kept in the inbox (a {@code message} row), and read back when it is handled (possibly
 * after a restart). Words and media keep their text; commands are kept as {@link MessageKind#COMMAND} with a short
 * encoding that only this class writes and reads.
 */
final class StoredEvent {

    private StoredEvent() {
    }

    /** The kind and text of the inbox row. */
    record Row(MessageKind kind, @Nullable String text) {
    }

    /** Null for events that are not kept in the inbox (feedback, erasing, reachability, a silent language choice). */
    @Nullable
    static Row of(InboundEvent event) {
        if (event instanceof InboundEvent.Text t) {
            return new Row(MessageKind.RESIDENT, t.text());
        }
        if (event instanceof InboundEvent.Media m) {
            String caption = m.caption() == null || m.caption().isBlank() ? "" : "\n" + m.caption();
            return new Row(MessageKind.MEDIA, m.reference() + caption);
        }
        if (event instanceof InboundEvent.PersonRequested p) {
            return new Row(MessageKind.PERSON_BUTTON, p.label());
        }
        if (event instanceof InboundEvent.BackToAssistant b) {
            return new Row(MessageKind.ASSISTANT_BUTTON, b.label());
        }
        String command = command(event);
        return command == null ? null : new Row(MessageKind.COMMAND, command);
    }

    @Nullable
    private static String command(InboundEvent event) {
        if (event instanceof InboundEvent.Start s) {
            return s.hint() == null ? "/start" : "/start " + s.hint().code();
        }
        if (event instanceof InboundEvent.LanguageMenu) {
            return "/taal";
        }
        if (event instanceof InboundEvent.LanguageChosen l && l.acknowledge()) {
            return "lang:" + l.language().code();
        }
        if (event instanceof InboundEvent.MenuChosen m) {
            return m.category() == null ? "menu" : "menu:" + m.category();
        }
        if (event instanceof InboundEvent.TopicChosen t) {
            return "topic:" + t.topic();
        }
        if (event instanceof InboundEvent.PrivacyRequested) {
            return "/privacy";
        }
        if (event instanceof InboundEvent.EraseRequested) {
            return "/vergeet";
        }
        if (event instanceof InboundEvent.EraseCancelled) {
            return "erase:no";
        }
        if (event instanceof InboundEvent.Unsupported) {
            return "/unsupported";
        }
        return null;
    }

    /** The command a {@link MessageKind#COMMAND} row holds; empty for any other row (or an unknown encoding). */
    static Optional<InboundEvent> command(Message row, String userId) {
        if (row.kind() != MessageKind.COMMAND || row.text() == null) {
            return Optional.empty();
        }
        Origin origin = new Origin(row.channel(), row.channelMessageId() == null ? "-" : row.channelMessageId(),
                userId);
        String[] p = row.text().strip().split("[\\s:]", 2);
        String arg = p.length > 1 ? p[1].strip() : "";
        InboundEvent event = switch (p[0]) {
            case "/start" -> new InboundEvent.Start(origin, Language.fromCode(arg).filter(Language::isAnswered)
                    .orElse(null));
            case "/taal" -> new InboundEvent.LanguageMenu(origin);
            case "lang" -> Language.fromCode(arg).filter(Language::isAnswered)
                    .<InboundEvent>map(l -> new InboundEvent.LanguageChosen(origin, l, true)).orElse(null);
            case "menu" -> new InboundEvent.MenuChosen(origin, arg.isEmpty() ? null : arg);
            case "topic" -> arg.isEmpty() ? null : new InboundEvent.TopicChosen(origin, arg);
            case "/privacy" -> new InboundEvent.PrivacyRequested(origin);
            case "/vergeet" -> new InboundEvent.EraseRequested(origin);
            case "erase" -> new InboundEvent.EraseCancelled(origin);
            case "/unsupported" -> new InboundEvent.Unsupported(origin);
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
