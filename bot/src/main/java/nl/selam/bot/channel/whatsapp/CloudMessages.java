package nl.selam.bot.channel.whatsapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Builds the Cloud API's message objects ({@code POST /{phone-number-id}/messages}) within Meta's limits: text up to
 * 4,096 characters; reply buttons at most 3 with titles of at most 20; a list at most 10 rows with titles of at most
 * 24 and descriptions of at most 72; an interactive body at most 1,024; a template parameter without line breaks.
 * Longer labels are shortened with an ellipsis rather than refused, so a long topic title never stops a reply.
 */
final class CloudMessages {

    static final int MAX_TEXT = 4096;
    static final int MAX_INTERACTIVE_BODY = 1024;
    static final int MAX_BUTTONS = 3;
    static final int MAX_BUTTON_TITLE = 20;
    static final int MAX_ROWS = 10;
    static final int MAX_ROW_TITLE = 24;
    static final int MAX_ROW_DESCRIPTION = 72;
    static final int MAX_TEMPLATE_PARAMETER = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A reply button or list row: the id comes back in the resident's reply, the title is what they see. */
    record Option(String id, String title) {
    }

    private CloudMessages() {
    }

    static String text(String to, String body) {
        ObjectNode message = envelope(to, "text");
        message.putObject("text").put("preview_url", false).put("body", cut(body, MAX_TEXT));
        return message.toString();
    }

    /** Up to three reply buttons under a body. */
    static String buttons(String to, String body, List<Option> options) {
        if (options.isEmpty() || options.size() > MAX_BUTTONS) {
            throw new IllegalArgumentException("reply buttons: 1 to 3, not " + options.size());
        }
        ObjectNode message = envelope(to, "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", "button");
        interactive.putObject("body").put("text", cut(body, MAX_INTERACTIVE_BODY));
        ArrayNode buttons = interactive.putObject("action").putArray("buttons");
        for (Option option : options) {
            buttons.addObject().put("type", "reply").putObject("reply").put("id", option.id())
                    .put("title", cut(option.title(), MAX_BUTTON_TITLE));
        }
        return message.toString();
    }

    /** A list of up to ten rows behind one button ({@code label}), in one section. */
    static String list(String to, String body, String label, List<Option> rows) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("list rows: 1 to 10, not " + rows.size());
        }
        ObjectNode message = envelope(to, "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", "list");
        interactive.putObject("body").put("text", cut(body, MAX_INTERACTIVE_BODY));
        ObjectNode action = interactive.putObject("action").put("button", cut(label, MAX_BUTTON_TITLE));
        ArrayNode list = action.putArray("sections").addObject().putArray("rows");
        for (Option row : rows) {
            ObjectNode r = list.addObject().put("id", row.id()).put("title", cut(row.title(), MAX_ROW_TITLE));
            if (row.title().length() > MAX_ROW_TITLE) {
                // the whole title stays readable below the shortened one
                r.put("description", cut(row.title(), MAX_ROW_DESCRIPTION));
            }
        }
        return message.toString();
    }

    /**
     * An approved template whose body has one parameter, {@code {{1}}}, that carries the reply: allowed outside the
     * 24-hour window. Meta refuses line breaks, tabs and more than four spaces in a row in a parameter.
     */
    static String template(String to, WhatsAppConfiguration.Template template, String parameter) {
        ObjectNode message = envelope(to, "template");
        ObjectNode t = message.putObject("template").put("name", template.name());
        t.putObject("language").put("code", template.code());
        t.putArray("components").addObject().put("type", "body").putArray("parameters").addObject()
                .put("type", "text").put("text", templateParameter(parameter));
        return message.toString();
    }

    /** A file uploaded to the Cloud API before ({@code kind} image or document). */
    static String media(String to, String kind, String mediaId, @Nullable String caption, @Nullable String fileName) {
        ObjectNode message = envelope(to, kind);
        ObjectNode media = message.putObject(kind).put("id", mediaId);
        if (caption != null && !caption.isBlank()) {
            media.put("caption", cut(caption, MAX_INTERACTIVE_BODY));
        }
        if (fileName != null && "document".equals(kind)) {
            media.put("filename", fileName);
        }
        return message.toString();
    }

    static String templateParameter(String text) {
        String flat = text.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {4,}", "   ").strip();
        return cut(flat, MAX_TEMPLATE_PARAMETER);
    }

    /** Shortened to at most {@code max} characters (code points kept whole), ending in an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end).stripTrailing() + "…";
    }

    private static ObjectNode envelope(String to, String type) {
        return JSON.createObjectNode().put("messaging_product", "whatsapp").put("recipient_type", "individual")
                .put("to", to).put("type", type);
    }
}
