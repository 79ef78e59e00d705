package nl.selam.bot.escalation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A file or photo a staff member sent to a resident, kept with its outgoing message (and erased with it).
 *
 * @param contentType one of {@link StaffFiles#TYPES}, found from the bytes, never taken from the browser
 */
@MappedEntity("staff_file")
public record StaffFile(@Id Long messageId, String fileName, String contentType, int sizeBytes, byte[] content) {

    public boolean photo() {
        return contentType.startsWith("image/");
    }
}
