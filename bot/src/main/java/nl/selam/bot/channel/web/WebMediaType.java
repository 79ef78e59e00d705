package nl.selam.bot.channel.web;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a resident may send in the web chat, each recognised by its first bytes. The declared type alone is
 * never trusted: a browser takes it from the file name, and an attacker writes whatever they like. A file is
 * accepted when its bytes are one of these and the declared type (parameters such as {@code ;codecs=opus} aside)
 * names the same one.
 */
enum WebMediaType {
    JPEG("image/jpeg", "photo", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0),
    PNG("image/png", "photo", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0),
    PDF("application/pdf", "document", new byte[]{'%', 'P', 'D', 'F', '-'}, 0),
    // Chromium and Firefox record voice as WebM (an EBML header) or Ogg; Safari as MP4 ("ftyp" at offset 4)
    WEBM("audio/webm", "voice", new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, 0),
    OGG("audio/ogg", "voice", new byte[]{'O', 'g', 'g', 'S'}, 0),
    MP4("audio/mp4", "voice", new byte[]{'f', 't', 'y', 'p'}, 4);

    private final String contentType;
    private final String kind;
    private final byte[] magic;
    private final int offset;

    WebMediaType(String contentType, String kind, byte[] magic, int offset) {
        this.contentType = contentType;
        this.kind = kind;
        this.magic = magic;
        this.offset = offset;
    }

    String contentType() {
        return contentType;
    }

    /** photo, document or voice: what the console and the resident's page call it. */
    String kind() {
        return kind;
    }

    /** The type of these bytes, when the declared type is allowed and the bytes are what it says. */
    static Optional<WebMediaType> of(@Nullable String declared, byte[] bytes) {
        if (declared == null) {
            return Optional.empty();
        }
        String bare = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.contentType.equals(bare) || t.alias(bare))
                .filter(t -> t.matches(bytes)).findFirst();
    }

    /** Whether this declared type is on the allow-list at all (else 415 without looking further). */
    static boolean allowed(@Nullable String declared) {
        if (declared == null) {
            return false;
        }
        String bare = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).anyMatch(t -> t.contentType.equals(bare) || t.alias(bare));
    }

    // Browsers label the same recordings differently: MediaRecorder says video/webm for some audio-only streams,
    // older Android file pickers say image/jpg.
    private boolean alias(String bare) {
        return switch (this) {
            case JPEG -> bare.equals("image/jpg") || bare.equals("image/pjpeg");
            case WEBM -> bare.equals("video/webm");
            case MP4 -> bare.equals("audio/x-m4a") || bare.equals("audio/m4a");
            default -> false;
        };
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
