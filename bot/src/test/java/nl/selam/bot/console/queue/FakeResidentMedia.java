package nl.selam.bot.console.queue;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.escalation.ResidentMedia;
import nl.selam.bot.staff.StaffAccount;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A channel whose media messages read {@code [fake:photo]caption}; on only where a test sets test.fake-media. */
@Singleton
@Requires(property = "test.fake-media", value = "true")
class FakeResidentMedia implements ResidentMedia {

    static final String PREFIX = "[fake:photo]";
    final List<Long> opened = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Attachment> describe(Message message) {
        if (message.kind() != MessageKind.MEDIA || message.text() == null || !message.text().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String caption = message.text().substring(PREFIX.length()).strip();
        return Optional.of(new Attachment("photo", caption.isEmpty() ? null : caption));
    }

    @Override
    public Optional<File> open(StaffAccount staff, long messageId) {
        opened.add(messageId);
        return Optional.of(new File("not really a jpeg".getBytes(StandardCharsets.UTF_8), "image/jpeg"));
    }
}
