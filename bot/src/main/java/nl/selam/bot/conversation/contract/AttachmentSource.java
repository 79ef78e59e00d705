package nl.selam.bot.conversation.contract;

import java.util.Optional;

/** Where the file of a staff member's {@code STAFF_FILE} message is kept (implemented by the escalation feature). */
public interface AttachmentSource {

    /** The file sent with this outgoing message; empty when there is none (or it was erased). */
    Optional<OutboundReply.Attachment> attachment(long messageId);
}
