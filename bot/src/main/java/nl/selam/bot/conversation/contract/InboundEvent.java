package nl.selam.bot.conversation.contract;

import io.micronaut.core.annotation.Nullable;
import nl.selam.kb.language.Language;

import java.util.Objects;

/**
 * Everything a resident can do on any channel, as the channel adapter understood it. An adapter maps its wire
 * format to exactly one of these and hands it to {@code ChannelGateway.receive}; the core decides what follows.
 * Button presses arrive as the {@link Action} the button carried ({@link Action#toEvent}).
 */
public sealed interface InboundEvent {

    Origin origin();

    /** Free text the resident wrote. */
    record Text(Origin origin, String text) implements InboundEvent {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A voice note, photo, video or document. Only a person can read it, so it opens an escalation (or joins the
     * open one) with the file.
     *
     * @param reference the channel's own reference to the file, {@code [<channel>:<kind>:<id>]}; the channel's
     *                  {@code escalation.ResidentMedia} resolves it when a tolk opens it
     * @param caption   what the resident wrote with it, or null
     */
    record Media(Origin origin, String reference, @Nullable String caption) implements InboundEvent {
        public Media {
            Objects.requireNonNull(reference, "reference");
            if (!reference.matches("\\[[a-z0-9_-]{1,20}:[a-z_]{1,20}:[^\\]\\s]{1,200}]")) {
                throw new IllegalArgumentException("a media reference is [<channel>:<kind>:<id>]");
            }
        }
    }

    /** The resident opened the chat ({@code /start}): a greeting and the language choice. */
    record Start(Origin origin, @Nullable Language hint) implements InboundEvent {
    }

    /** The resident asked to change the language: the language choice. */
    record LanguageMenu(Origin origin) implements InboundEvent {
    }

    /**
     * The resident chose a language.
     *
     * @param acknowledge true: the core answers (in the new language, with the menu); false: the channel shows the
     *                    choice itself (the web chat's language picker)
     */
    record LanguageChosen(Origin origin, Language language, boolean acknowledge) implements InboundEvent {
        public LanguageChosen {
            if (!language.isAnswered()) {
                throw new IllegalArgumentException("Selam does not answer in " + language.code());
            }
        }
    }

    /** The topic menu: its categories ({@code category} null), or the entries of one category. */
    record MenuChosen(Origin origin, @Nullable String category) implements InboundEvent {
    }

    /** One FAQ topic picked from the menu or a clarify question: its answer. */
    record TopicChosen(Origin origin, String topic) implements InboundEvent {
        public TopicChosen {
            Objects.requireNonNull(topic, "topic");
        }
    }

    /** The resident asked how Selam handles their data. */
    record PrivacyRequested(Origin origin) implements InboundEvent {
    }

    /** 👍 or 👎 on one of Selam's answers ({@code messageId} as in {@link OutboundReply#messageId()}). */
    record FeedbackGiven(Origin origin, long messageId, boolean helpful) implements InboundEvent {
    }

    /**
     * "Talk to a person".
     *
     * @param label the words on the button, shown back in the resident's transcript, or null
     */
    record PersonRequested(Origin origin, @Nullable String label) implements InboundEvent {
    }

    /** "Back to the assistant": ends an open escalation. */
    record BackToAssistant(Origin origin, @Nullable String label) implements InboundEvent {
    }

    /** The resident asked to erase everything: the core asks for confirmation. */
    record EraseRequested(Origin origin) implements InboundEvent {
    }

    /**
     * The resident confirmed erasing: everything about them is erased at once, outside the inbox (the inbox is
     * erased too). The channel says goodbye itself: the resident no longer exists to queue a reply for.
     */
    record EraseConfirmed(Origin origin) implements InboundEvent {
    }

    /** "No, keep it": nothing happens. */
    record EraseCancelled(Origin origin) implements InboundEvent {
    }

    /** Something Selam cannot use (a sticker, a location, a contact): not stored, a polite hint instead. */
    record Unsupported(Origin origin) implements InboundEvent {
    }

    /**
     * The channel learnt that the resident blocked ({@code reachable} false) or unblocked the bot. Nothing is
     * delivered to an unreachable resident until they write again.
     */
    record ReachabilityChanged(Origin origin, boolean reachable) implements InboundEvent {
    }
}
