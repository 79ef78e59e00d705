package nl.selam.bot.escalation;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.staff.StaffAccount;

import java.util.Optional;

/**
 * A channel that can hand a resident's voice note, photo or document to staff. Implemented inside the channel's own
 * package (Telegram), so the console opens media without knowing any channel's types or reference format.
 */
public interface ResidentMedia {

    /** What the message holds when it is a file this channel can open; empty for any other message. */
    Optional<Attachment> describe(Message message);

    /**
     * The file, for a staff member who may see its escalation; empty alike for "not there" and "not yours". Each
     * opening is written to the audit log.
     */
    Optional<File> open(StaffAccount staff, long messageId);

    /**
     * @param kind    voice, audio, photo, video, video_note or document
     * @param caption what the resident wrote with it, or null
     */
    record Attachment(String kind, @Nullable String caption) {
    }

    /** A fetched file and its content type. */
    record File(byte[] bytes, String contentType) {
    }
}
