package nl.selam.bot.channel.telegram;

import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.escalation.ResidentMedia;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the console learns about a Telegram file without knowing Telegram's reference format. */
class TelegramMediaDescribeTest {

    private final ResidentMedia media = new TelegramMedia(null, null, null, null, new nl.selam.bot.privacy.StaffViewMasking());

    private static Message message(String channel, MessageKind kind, String text) {
        return new Message(1L, 1L, 1L, Message.Direction.IN, channel, "1:1", kind, text, "ti", null, null, null, null,
                null, 5L, null, Instant.now(), null, null);
    }

    @Test
    void aVoiceNoteWithACaptionIsDescribedByKindAndCaption() {
        assertEquals(Optional.of(new ResidentMedia.Attachment("voice", "ሰላም")),
                media.describe(message("telegram", MessageKind.MEDIA, "[telegram:voice:AwACAgQ-x_1]\nሰላም")));
        assertEquals(Optional.of(new ResidentMedia.Attachment("document", null)),
                media.describe(message("telegram", MessageKind.MEDIA, "[telegram:document:BQACAgQ]")));
    }

    @Test
    void otherMessagesAndOtherChannelsAreNotTelegramFiles() {
        assertTrue(media.describe(message("telegram", MessageKind.RESIDENT, "[telegram:voice:abc]")).isEmpty());
        assertTrue(media.describe(message("web", MessageKind.MEDIA, "[telegram:voice:abc]")).isEmpty());
        assertTrue(media.describe(message("telegram", MessageKind.MEDIA, "no reference")).isEmpty());
    }
}
