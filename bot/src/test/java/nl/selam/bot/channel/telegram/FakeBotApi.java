package nl.selam.bot.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Telegram Bot API stand-in on 127.0.0.1 speaking the real JSON: {@code getUpdates} (with offsets: an update is
 * confirmed once a later call asks for a higher offset, as Telegram does), {@code sendMessage},
 * {@code sendPhoto} and {@code sendDocument} (multipart), {@code answerCallbackQuery}, {@code setWebhook}, {@code deleteWebhook}, {@code getMe}, {@code getFile}. Method
 * names are matched case-insensitively, as the library sends them in either case. Failures can be scripted per
 * chat.
 */
final class FakeBotApi implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One request the bot made. */
    record Call(String method, JsonNode body, String raw, long atNanos) {
        String chatId() {
            return body.path("chat_id").asText();
        }

        String text() {
            return body.path("text").asText();
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> updates = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<String>> scriptedErrors = new ConcurrentHashMap<>();
    private final AtomicInteger updateIds = new AtomicInteger(1000);
    private final AtomicInteger messageIds = new AtomicInteger(5000);
    private volatile long confirmed;

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- updates residents "send" ----

    ObjectNode text(long chatId, String text, String languageCode) {
        ObjectNode message = message(chatId, languageCode);
        message.put("text", text);
        if (text.startsWith("/")) {
            ArrayNode entities = message.putArray("entities");
            entities.addObject().put("type", "bot_command").put("offset", 0).put("length", text.split(" ")[0].length());
        }
        return push("message", message);
    }

    ObjectNode voice(long chatId) {
        ObjectNode message = message(chatId, null);
        message.putObject("voice").put("file_id", "VOICE-" + chatId).put("file_unique_id", "u" + chatId)
                .put("duration", 4).put("mime_type", "audio/ogg");
        return push("message", message);
    }

    ObjectNode sticker(long chatId) {
        ObjectNode message = message(chatId, null);
        message.putObject("sticker").put("file_id", "STICKER").put("file_unique_id", "s").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return push("message", message);
    }

    ObjectNode press(long chatId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb" + updateIds.get() + "x" + chatId);
        query.set("from", user(chatId, null));
        query.put("chat_instance", "ci" + chatId);
        query.put("data", data);
        ObjectNode message = message(chatId, null);
        message.put("text", "…");
        message.putObject("from").put("id", 1).put("is_bot", true).put("first_name", "Selam");
        query.set("message", message);
        return push("callback_query", query);
    }

    /** Puts a previously sent update back in the queue, as Telegram does when it was not confirmed. */
    void redeliver(ObjectNode update) {
        updates.add(update);
    }

    ObjectNode build(String field, ObjectNode payload) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateIds.incrementAndGet());
        update.set(field, payload);
        return update;
    }

    /** A text that answers (Telegram "Reply") one of the bot's messages. */
    ObjectNode reply(long chatId, String text, long replyToMessageId) {
        ObjectNode message = message(chatId, null);
        message.put("text", text);
        ObjectNode original = message(chatId, null);
        original.put("message_id", replyToMessageId).put("text", "…");
        original.putObject("from").put("id", 1).put("is_bot", true).put("first_name", "Selam");
        message.set("reply_to_message", original);
        return push("message", message);
    }

    /** An edited version of a text message. */
    ObjectNode edited(long chatId, String text) {
        ObjectNode message = message(chatId, null);
        message.put("text", text).put("edit_date", System.currentTimeMillis() / 1000);
        return push("edited_message", message);
    }

    /** The bot added to a group by a user whose app speaks {@code languageCode}. */
    ObjectNode addedToGroup(long groupId, String languageCode) {
        ObjectNode message = message(groupId, languageCode);
        ((ObjectNode) message.get("chat")).put("type", "group").put("title", "Buurtgroep");
        message.putArray("new_chat_members").addObject().put("id", 1).put("is_bot", true).put("first_name", "Selam");
        return push("message", message);
    }

    ObjectNode push(String field, ObjectNode payload) {
        ObjectNode update = build(field, payload);
        updates.add(update);
        return update;
    }

    private ObjectNode message(long chatId, String languageCode) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageIds.incrementAndGet());
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Resident");
        message.set("from", user(chatId, languageCode));
        return message;
    }

    private static ObjectNode user(long id, String languageCode) {
        ObjectNode user = JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "Resident");
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    /** Whether getUpdates has confirmed this update (asked for a later offset). */
    boolean isConfirmed(ObjectNode update) {
        return confirmed >= update.get("update_id").asLong();
    }

    // ---- scripted failures ----

    /** The next sendMessage to this chat fails with 429 and this retry_after. */
    void tooManyRequests(long chatId, int retryAfterSeconds) {
        script(chatId, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    void blocked(long chatId) {
        script(chatId, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
    }

    void serverError(long chatId, int times) {
        for (int i = 0; i < times; i++) {
            script(chatId, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        }
    }

    private void script(long chatId, String response) {
        scriptedErrors.computeIfAbsent(String.valueOf(chatId), k -> new ConcurrentLinkedQueue<>()).add(response);
    }

    // ---- what the bot did ----

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** sendMessage calls to this chat that Telegram accepted. */
    List<Call> sent(long chatId) {
        return calls.stream().filter(c -> c.method().equals("sendmessage") && c.chatId().equals(String.valueOf(chatId))
                && c.body().path("accepted").asBoolean(true)).toList();
    }

    List<Call> attempts(long chatId) {
        return calls.stream().filter(c -> c.method().equals("sendmessage")
                && c.chatId().equals(String.valueOf(chatId))).toList();
    }

    /** Waits until the chat has received {@code count} messages; returns them. */
    List<Call> awaitSent(long chatId, int count) {
        return await(() -> sent(chatId), list -> list.size() >= count, "sendMessage x" + count + " to " + chatId);
    }

    <T> T await(java.util.function.Supplier<T> probe, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; calls: " + summary());
            }
            sleep(50);
            value = probe.get();
        }
        return value;
    }

    String summary() {
        List<String> lines = new ArrayList<>();
        for (Call c : calls) {
            if (!c.method().equals("getupdates")) {
                lines.add(c.method() + " " + c.chatId() + " " + c.body().path("text").asText("").replace('\n', ' '));
            }
        }
        return String.join("\n  ", lines);
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/file/bot")) { // file downloads: /file/bot<token>/<file_path>
            calls.add(new Call("file", JSON.createObjectNode().put("path", path), "", System.nanoTime()));
            byte[] file = ("OGG:" + path.substring(path.lastIndexOf('/') + 1)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, file.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file);
            }
            return;
        }
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode body = raw.startsWith("{") ? JSON.readTree(raw)
                : contentType != null && contentType.startsWith("multipart/") ? multipart(raw, contentType)
                : JSON.createObjectNode();
        int status = 200;
        String response;
        switch (method) {
            case "getupdates" -> response = ok(updates(body));
            case "sendmessage" -> {
                String scripted = next(body.path("chat_id").asText());
                if (scripted != null) {
                    ((ObjectNode) body).put("accepted", false);
                    status = JSON.readTree(scripted).path("error_code").asInt();
                    response = scripted;
                } else {
                    response = ok(sentMessage(body));
                }
            }
            case "sendvoice", "sendaudio", "sendvideo", "sendvideonote",
                 "editmessagetext" -> response = ok(sentMessage(body));
            // a tolk's file: multipart, so the fields are read from the raw form; the reply is a sent message
            case "sendphoto", "senddocument" -> {
                ObjectNode form = JSON.createObjectNode();
                form.put("chat_id", multipartField(raw, "chat_id"));
                form.put("caption", multipartField(raw, "caption"));
                form.put("size", raw.length());
                body = form;
                response = ok(sentMessage(form));
            }
            case "getme" -> response = ok(JSON.createObjectNode().put("id", 1).put("is_bot", true)
                    .put("first_name", "Selam").put("username", "selam_test_bot"));
            case "getfile" -> response = ok(JSON.createObjectNode().put("file_id", body.path("file_id").asText())
                    .put("file_unique_id", "u").put("file_size", 3).put("file_path", "voice/file_1.oga"));
            default -> response = ok(JSON.getNodeFactory().booleanNode(true)); // setWebhook, answerCallbackQuery...
        }
        calls.add(new Call(method, body, raw, System.nanoTime()));
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // The library sends media methods as multipart forms (a file_id is one more text field): the text fields only.
    private static JsonNode multipart(String raw, String contentType) {
        ObjectNode body = JSON.createObjectNode();
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        for (String part : raw.split(java.util.regex.Pattern.quote(boundary))) {
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(part);
            int start = part.indexOf("\r\n\r\n");
            if (name.find() && start >= 0) {
                String value = part.substring(start + 4);
                body.put(name.group(1), value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value);
            }
        }
        return body;
    }

    /** Every call of these methods to this chat (e.g. sendVoice, editMessageText). */
    List<Call> callsTo(long chatId, String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method))
                .filter(c -> c.chatId().equals(String.valueOf(chatId))).toList();
    }

    private static String multipartField(String raw, String name) {
        int at = raw.indexOf("name=\"" + name + "\"");
        if (at < 0) {
            return "";
        }
        int start = raw.indexOf("\r\n\r\n", at);
        int end = start < 0 ? -1 : raw.indexOf("\r\n--", start + 4);
        return end < 0 ? "" : raw.substring(start + 4, end);
    }

    private String next(String chatId) {
        ConcurrentLinkedQueue<String> queue = scriptedErrors.get(chatId);
        return queue == null ? null : queue.poll();
    }

    private JsonNode updates(JsonNode body) {
        long offset = body.path("offset").asLong(0);
        if (offset > 0) {
            confirmed = Math.max(confirmed, offset - 1);
            updates.removeIf(u -> u.get("update_id").asLong() < offset);
        }
        long deadline = System.nanoTime() + Duration.ofMillis(300).toNanos();
        ArrayNode result = JSON.createArrayNode();
        while (result.isEmpty() && System.nanoTime() < deadline) {
            updates.stream().filter(u -> u.get("update_id").asLong() >= offset).forEach(result::add);
            if (result.isEmpty()) {
                sleep(20);
            }
        }
        return result;
    }

    private JsonNode sentMessage(JsonNode request) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageIds.incrementAndGet());
        ((ObjectNode) request).put("result_message_id", message.get("message_id").asLong());
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", request.path("chat_id").asLong()).put("type", "private");
        message.put("text", request.path("text").asText());
        return message;
    }

    private static String ok(JsonNode result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ok", true);
        node.set("result", result);
        return node.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
