package nl.selam.bot.channel.whatsapp;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Webhook posts as Meta sends them for the business number {@link FakeCloudApi#PHONE_NUMBER_ID}: one entry, one
 * change of field {@code messages}, with {@code metadata}, {@code contacts} and a {@code messages} or
 * {@code statuses} item. Every message gets a fresh wamid.
 */
final class Webhooks {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Webhooks() {
    }

    static String text(String waId, String body) {
        return message(waId, "text", m -> m.putObject("text").put("body", body));
    }

    static String buttonReply(String waId, String id, String title) {
        return message(waId, "interactive", m -> m.putObject("interactive").put("type", "button_reply")
                .putObject("button_reply").put("id", id).put("title", title));
    }

    static String listReply(String waId, String id, String title) {
        return message(waId, "interactive", m -> m.putObject("interactive").put("type", "list_reply")
                .putObject("list_reply").put("id", id).put("title", title));
    }

    static String voice(String waId, String mediaId) {
        return message(waId, "audio", m -> m.putObject("audio").put("mime_type", "audio/ogg; codecs=opus")
                .put("sha256", "2f1c").put("id", mediaId).put("voice", true));
    }

    static String image(String waId, String mediaId, String caption) {
        return message(waId, "image", m -> m.putObject("image").put("caption", caption)
                .put("mime_type", "image/jpeg").put("sha256", "9a7b").put("id", mediaId));
    }

    static String sticker(String waId) {
        return message(waId, "sticker", m -> m.putObject("sticker").put("mime_type", "image/webp")
                .put("sha256", "5d").put("id", "STICKER1").put("animated", false));
    }

    /** The same post with the message sent at another time (seconds since the epoch). */
    static String at(String json, long epochSecond) {
        return json.replaceFirst("\"timestamp\":\"\\d+\"", "\"timestamp\":\"" + epochSecond + "\"");
    }

    static String status(String wamid, String waId, String status, Integer errorCode) {
        ObjectNode value = value();
        ObjectNode s = value.putArray("statuses").addObject().put("id", wamid).put("status", status)
                .put("timestamp", String.valueOf(System.currentTimeMillis() / 1000)).put("recipient_id", waId);
        if (errorCode != null) {
            s.putArray("errors").addObject().put("code", errorCode).put("title", "failed")
                    .put("message", "failed").putObject("error_data").put("details", "test");
        }
        return wrap(value);
    }

    static String message(String waId, String type, Consumer<ObjectNode> content) {
        ObjectNode value = value();
        value.putArray("contacts").addObject().put("wa_id", waId).putObject("profile").put("name", "Resident");
        ObjectNode m = value.putArray("messages").addObject().put("from", waId)
                .put("id", "wamid.HBgLMzE2" + IDS.incrementAndGet() + "FQIAEhgUM0VCMEQ1")
                .put("timestamp", String.valueOf(System.currentTimeMillis() / 1000)).put("type", type);
        content.accept(m);
        return wrap(value);
    }

    private static ObjectNode value() {
        ObjectNode value = FakeCloudApi.JSON.createObjectNode().put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", "15550783881")
                .put("phone_number_id", FakeCloudApi.PHONE_NUMBER_ID);
        return value;
    }

    private static String wrap(ObjectNode value) {
        ObjectNode root = FakeCloudApi.JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode change = root.putArray("entry").addObject().put("id", "102290129340398").putArray("changes")
                .addObject();
        change.set("value", value);
        change.put("field", "messages");
        return root.toString();
    }

    /** The X-Hub-Signature-256 header Meta would send with this body. */
    static String signature(String body, String appSecret) {
        return "sha256=" + WebhookSignature.sign(new Secret(appSecret), body.getBytes(StandardCharsets.UTF_8));
    }
}
