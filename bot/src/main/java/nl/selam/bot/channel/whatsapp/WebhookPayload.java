package nl.selam.bot.channel.whatsapp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import nl.selam.bot.system.MalformedRequestException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a webhook post as Meta sends it ({@code object: whatsapp_business_account}, entries of changes whose
 * {@code value} holds {@code messages} and {@code statuses}). Pure: no storage, no network. Anything that is not such
 * a post is refused whole with {@link MalformedRequestException}, so nothing of it reaches the pipeline; items for
 * another business number, reactions and system messages are left out.
 */
final class WebhookPayload {

    static final String MALFORMED = "request body is not a WhatsApp webhook";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE).build();
    private static final Pattern WA_ID = Pattern.compile("\\d{6,20}");
    private static final Pattern WAMID = Pattern.compile("[A-Za-z0-9._=+/:-]{1,200}");
    private static final Pattern MEDIA_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Set<String> STATUSES = Set.of("sent", "delivered", "read", "failed");
    private static final Set<String> IGNORED = Set.of("reaction", "system", "request_welcome");
    private static final Map<String, String> MEDIA = Map.of("audio", "audio", "image", "photo", "video", "video",
            "document", "document");
    private static final int MAX_TEXT = 4096;

    private WebhookPayload() {
    }

    /** The events of one post for this business number, in the order Meta listed them. */
    static List<WebhookEvent> parse(byte[] body, String phoneNumberId) {
        JsonNode root = read(body);
        require(root.isObject() && "whatsapp_business_account".equals(root.path("object").asText(null)));
        JsonNode entries = root.get("entry");
        require(entries != null && entries.isArray());
        List<WebhookEvent> events = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode changes = entry.get("changes");
            require(entry.isObject() && changes != null && changes.isArray());
            for (JsonNode change : changes) {
                require(change.isObject() && change.path("value").isObject());
                if ("messages".equals(change.path("field").asText()) && ours(change.get("value"), phoneNumberId)) {
                    value(change.get("value"), events);
                }
            }
        }
        return events;
    }

    private static boolean ours(JsonNode value, String phoneNumberId) {
        return phoneNumberId.equals(value.path("metadata").path("phone_number_id").asText(null));
    }

    private static void value(JsonNode value, List<WebhookEvent> events) {
        JsonNode messages = value.get("messages");
        if (messages != null) {
            require(messages.isArray());
            for (JsonNode m : messages) {
                WebhookEvent.Incoming incoming = message(m);
                if (incoming != null) {
                    events.add(incoming);
                }
            }
        }
        JsonNode statuses = value.get("statuses");
        if (statuses != null) {
            require(statuses.isArray());
            for (JsonNode s : statuses) {
                events.add(status(s));
            }
        }
    }

    private static WebhookEvent.Incoming message(JsonNode m) {
        require(m.isObject());
        String from = text(m, "from", WA_ID);
        String id = text(m, "id", WAMID);
        Instant at = timestamp(m);
        String type = m.path("type").asText("");
        if (IGNORED.contains(type)) {
            return null; // a 👍 on one of our messages, or a number change: nothing to answer
        }
        return new WebhookEvent.Incoming(id, from, at, content(type, m));
    }

    private static WebhookEvent.Content content(String type, JsonNode m) {
        JsonNode body = m.get(type);
        if ("text".equals(type)) {
            String text = body == null ? null : body.path("body").asText(null);
            require(text != null && !text.isEmpty() && text.length() <= MAX_TEXT);
            return new WebhookEvent.Text(text);
        }
        if ("interactive".equals(type)) {
            require(body != null && body.isObject());
            JsonNode reply = body.has("button_reply") ? body.get("button_reply") : body.get("list_reply");
            require(reply != null && reply.isObject());
            return new WebhookEvent.Choice(text(reply, "id", Pattern.compile(".{1,256}")),
                    reply.path("title").asText(""));
        }
        if ("button".equals(type)) { // a quick-reply button under a template message
            require(body != null && body.isObject());
            return new WebhookEvent.Choice(text(body, "payload", Pattern.compile(".{1,256}")),
                    body.path("text").asText(""));
        }
        if (MEDIA.containsKey(type)) {
            require(body != null && body.isObject());
            String kind = "audio".equals(type) && body.path("voice").asBoolean(false) ? "voice" : MEDIA.get(type);
            String caption = body.path("caption").asText(null);
            return new WebhookEvent.Media(kind, text(body, "id", MEDIA_ID), body.path("mime_type").asText(null),
                    caption == null || caption.isBlank() ? null : caption);
        }
        return new WebhookEvent.Unsupported(type.isEmpty() ? "unknown" : type);
    }

    private static WebhookEvent.Status status(JsonNode s) {
        require(s.isObject());
        String id = text(s, "id", WAMID);
        String status = s.path("status").asText("");
        Instant at = timestamp(s);
        Integer code = null;
        JsonNode errors = s.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty() && errors.get(0).path("code").canConvertToInt()) {
            code = errors.get(0).path("code").asInt();
        }
        return new WebhookEvent.Status(id, STATUSES.contains(status) ? status : "other", at, code);
    }

    private static Instant timestamp(JsonNode node) {
        String seconds = text(node, "timestamp", Pattern.compile("\\d{1,12}"));
        return Instant.ofEpochSecond(Long.parseLong(seconds));
    }

    private static String text(JsonNode node, String field, Pattern shape) {
        JsonNode value = node.get(field);
        require(value != null && value.isTextual() && shape.matcher(value.asText()).matches());
        return value.asText();
    }

    private static JsonNode read(byte[] body) {
        try {
            JsonNode root = body == null || body.length == 0 ? null : JSON.readTree(body);
            require(root != null);
            return root;
        } catch (java.io.IOException e) {
            throw new MalformedRequestException(MALFORMED); // the parser's message may quote the body
        }
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw new MalformedRequestException(MALFORMED);
        }
    }
}
