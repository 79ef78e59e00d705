package nl.selam.bot.channel.whatsapp;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a resident's media is kept: {@code [whatsapp:<kind>:<media id>]} and the caption after it, in the message
 * text. Only Meta's media id is stored, never the file, so the media goes when the conversation goes; the console
 * fetches the file from the Cloud API when a tolk opens it.
 */
final class MediaReference {

    private static final Pattern REFERENCE = Pattern.compile("^\\[whatsapp:([a-z_]+):([A-Za-z0-9._-]{1,100})]");
    private static final Map<String, String> TYPES = Map.of("voice", "audio/ogg", "audio", "audio/mpeg",
            "photo", "image/jpeg", "video", "video/mp4", "document", "application/octet-stream");

    /** A reference read back: kind, Meta's media id and the caption, if any. */
    record Parsed(String kind, String mediaId, @Nullable String caption) {
        String fallbackType() {
            return TYPES.getOrDefault(kind, "application/octet-stream");
        }
    }

    private MediaReference() {
    }

    /** The reference alone; the contract keeps the caption beside it. */
    static String of(WebhookEvent.Media media) {
        return "[whatsapp:" + media.kind() + ":" + media.mediaId() + "]";
    }

    @Nullable
    static Parsed parse(@Nullable String text) {
        Matcher m = REFERENCE.matcher(text == null ? "" : text);
        if (!m.find()) {
            return null;
        }
        String caption = text.substring(m.end()).strip();
        return new Parsed(m.group(1), m.group(2), caption.isEmpty() ? null : caption);
    }
}
