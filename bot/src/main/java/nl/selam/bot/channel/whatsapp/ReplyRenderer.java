package nl.selam.bot.channel.whatsapp;

import nl.selam.bot.channel.TextSplitter;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a reply into the Cloud API messages that carry it, in order. Up to three options become reply buttons;
 * more a list (ten rows a message). A text longer than an interactive body allows goes
 * first as plain text, and the options follow under a short prompt.
 */
final class ReplyRenderer {

    private ReplyRenderer() {
    }

    /**
     * One Cloud API message of a reply.
     *
     * @param payload the JSON to post
     * @param text    the words of the reply it carries (empty for options alone), for a template if it must be one
     */
    record Part(String payload, String text) {
    }

    /** @param listLabel the list's button ("Choose") and the prompt above options that follow a long text */
    static List<Part> render(String to, WhatsAppReply reply, String listLabel) {
        String text = reply.signedText();
        List<CloudMessages.Option> options = reply.options();
        List<Part> out = new ArrayList<>();
        if (options.isEmpty()) {
            for (String part : TextSplitter.split(text.isBlank() ? "…" : text, CloudMessages.MAX_TEXT)) {
                out.add(new Part(CloudMessages.text(to, part), part));
            }
            return out;
        }
        String body = text;
        if (text.isBlank() || text.length() > CloudMessages.MAX_INTERACTIVE_BODY) {
            if (!text.isBlank()) {
                for (String part : TextSplitter.split(text, CloudMessages.MAX_TEXT)) {
                    out.add(new Part(CloudMessages.text(to, part), part));
                }
            }
            body = listLabel;
        }
        String carried = body.equals(text) ? text : "";
        if (fitsButtons(options)) {
            out.add(new Part(CloudMessages.buttons(to, body, options), carried));
            return out;
        }
        for (int from = 0; from < options.size(); from += CloudMessages.MAX_ROWS) {
            List<CloudMessages.Option> rows = options.subList(from, Math.min(options.size(),
                    from + CloudMessages.MAX_ROWS));
            out.add(new Part(CloudMessages.list(to, from == 0 ? body : listLabel, listLabel, rows),
                    from == 0 ? carried : ""));
        }
        return out;
    }

    // Up to three options are buttons even when a title must be shortened to 20 characters: one list row to open
    // for "back to the assistant" would be worse than a button that reads "Terug naar de assis…".
    static boolean fitsButtons(List<CloudMessages.Option> options) {
        return options.size() <= CloudMessages.MAX_BUTTONS;
    }
}
