package nl.selam.bot.escalation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.AttachmentSource;
import nl.selam.bot.conversation.contract.OutboundReply;

import java.util.Optional;

/** Hands the file of a staff member's message to the channel that delivers it. */
@Singleton
class StaffFileAttachments implements AttachmentSource {

    private final StaffFileRepository files;

    StaffFileAttachments(StaffFileRepository files) {
        this.files = files;
    }

    @Override
    public Optional<OutboundReply.Attachment> attachment(long messageId) {
        return files.findById(messageId).map(f -> new OutboundReply.Attachment(f.fileName(), f.contentType(),
                f.content()));
    }
}
