package nl.selam.bot.conversation.contract;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.kb.language.Language;

import java.util.List;
import java.util.Objects;

/**
 * One stored outgoing message as a channel sees it: everything needed to render it, nothing of the database row.
 * Built by the core for each delivery attempt; the same {@code messageId} may come more than once (the outbox
 * delivers at least once), and the channel treats a repeat as done.
 *
 * @param messageId     stable id of this message: the channel's idempotency key, and what {@link Action.Rate} names
 * @param residentId    the resident's internal id (for a channel's own per-resident records, never shown)
 * @param recipient     the channel's key for the resident, as in {@link Origin#userId()}
 * @param kind          what the message is (an answer, a clarify question, a tolk's reply, ...)
 * @param text          the text in {@code language}; empty for a file without caption; never HTML
 * @param language      the language of the text
 * @param direction     which way the text runs (decided by {@link Language}, so no channel tests codes)
 * @param choices       the message's own options (languages, menu entries, clarify topics, erase yes/no), in order
 * @param presentation  how {@code choices} suit the channel best: a few short buttons, or a list to pick from
 * @param followUps     the standard actions that belong under this kind of message (👍/👎, talk to a person, the
 *                      menu, back to the assistant), after {@code choices}
 * @param staffFirstName for a tolk's or sleutelpersoon's message, their first name (never more); null otherwise
 * @param fromStaff     written by a staff member (sign it), not by Selam
 * @param attachment    the file a staff member sent ({@link MessageKind#STAFF_FILE}), or null
 */
public record OutboundReply(long messageId, long residentId, String channel, String recipient, MessageKind kind,
                            String text, Language language, Language.Direction direction, List<Choice> choices,
                            Presentation presentation, List<Choice> followUps, boolean fromStaff,
                            @Nullable String staffFirstName, @Nullable Attachment attachment) {

    /** Up to this many choices fit as buttons (WhatsApp's limit); more are a list. */
    public static final int MAX_BUTTONS = 3;

    public OutboundReply {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        Objects.requireNonNull(language, "language");
        choices = List.copyOf(choices);
        followUps = List.copyOf(followUps);
    }

    /** Buttons for a few short options, a list for more. */
    public enum Presentation { BUTTONS, LIST }

    /**
     * A file a staff member sent.
     *
     * @param contentType found from the bytes when it was uploaded (JPEG, PNG, PDF)
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public boolean photo() {
            return contentType.startsWith("image/");
        }
    }
}
