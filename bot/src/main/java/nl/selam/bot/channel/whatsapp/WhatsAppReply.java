package nl.selam.bot.channel.whatsapp;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One outgoing message as WhatsApp shows it: the text, who signs it (a tolk's first name or the team; null for
 * Selam itself), and the options under it (reply buttons or a list row each, in order).
 */
record WhatsAppReply(String text, String language, List<CloudMessages.Option> options, @Nullable String signature) {

    WhatsAppReply {
        options = List.copyOf(options);
    }

    /** The text as the resident reads it, signed. */
    String signedText() {
        return signature == null ? text : text + "\n\n— " + signature;
    }
}
