package nl.selam.bot.channel.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A WhatsApp Cloud API stand-in on 127.0.0.1 (a random port) speaking Meta's JSON: {@code POST /v21.0/{phone-number-id}
 * /messages} with its success object ({@code messages[0].id}) and error objects ({@code {"error":{"code":...}}}),
 * {@code POST /v21.0/{phone-number-id}/media} (a multipart upload), {@code GET /v21.0/{media-id}} (the media URL
 * lookup) and the download from that URL, all with the bearer token.
 * Also builds webhook posts as Meta sends them. Failures can be scripted per recipient.
 */
final class FakeCloudApi implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String VERSION = "/v21.0";
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String TOKEN = "EAAG-test-token";

    /** One message Selam sent. */
    record Call(JsonNode body, long atNanos, String wamid) {
        String to() {
            return body.path("to").asText();
        }

        String type() {
            return body.path("type").asText();
        }

        /** The words the resident reads: text body, interactive body, or the template's parameter. */
        String text() {
            return switch (type()) {
                case "text" -> body.path("text").path("body").asText();
                case "interactive" -> body.path("interactive").path("body").path("text").asText();
                case "template" -> body.path("template").path("components").path(0).path("parameters").path(0)
                        .path("text").asText();
                default -> "";
            };
        }

        String interactiveType() {
            return body.path("interactive").path("type").asText("");
        }

        /** The ids of the buttons or list rows, in order. */
        List<String> optionIds() {
            List<String> ids = new java.util.ArrayList<>();
            body.path("interactive").path("action").path("buttons")
                    .forEach(b -> ids.add(b.path("reply").path("id").asText()));
            body.path("interactive").path("action").path("sections")
                    .forEach(s -> s.path("rows").forEach(r -> ids.add(r.path("id").asText())));
            return ids;
        }

        List<String> optionTitles() {
            List<String> titles = new java.util.ArrayList<>();
            body.path("interactive").path("action").path("buttons")
                    .forEach(b -> titles.add(b.path("reply").path("title").asText()));
            body.path("interactive").path("action").path("sections")
                    .forEach(s -> s.path("rows").forEach(r -> titles.add(r.path("title").asText())));
            return titles;
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<int[]>> scripted = new ConcurrentHashMap<>();
    private final Map<String, byte[]> media = new ConcurrentHashMap<>();
    private final Map<String, String> uploads = new ConcurrentHashMap<>();
    // wamids are unique for good, as Meta's are: test classes share one in-memory database, and with it the unique
    // whatsapp_delivery.wamid, so every fake continues one counter
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());
    private final AtomicInteger mediaLookups = new AtomicInteger();

    FakeCloudApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** What WHATSAPP_API_URL points at. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + VERSION;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- scripted failures: the next messages to this number fail with Meta's error objects ----

    void rateLimitHit(String waId) {
        script(waId, 400, 130429);
    }

    void reEngagementRequired(String waId) {
        script(waId, 400, 131047);
    }

    void undeliverable(String waId) {
        script(waId, 400, 131026);
    }

    void serverError(String waId, int times) {
        for (int i = 0; i < times; i++) {
            script(waId, 500, 131000);
        }
    }

    private void script(String waId, int status, int code) {
        scripted.computeIfAbsent(waId, k -> new ConcurrentLinkedQueue<>()).add(new int[]{status, code});
    }

    /** A file the resident sent: it can be looked up and downloaded under this media id. */
    void putMedia(String mediaId, byte[] bytes) {
        media.put(mediaId, bytes);
    }

    int mediaLookups() {
        return mediaLookups.get();
    }

    // ---- what Selam did ----

    List<Call> sent(String waId) {
        return calls.stream().filter(c -> c.to().equals(waId)).toList();
    }

    /** Requests to this number the fake refused (scripted errors), as {@code number:code:nanoTime}. */
    List<String> refused(String waId) {
        return refused.stream().filter(r -> r.startsWith(waId + ":")).toList();
    }

    /** When the fake last refused a request to this number (System.nanoTime). */
    long lastRefusedAt(String waId) {
        List<String> r = refused(waId);
        return Long.parseLong(r.get(r.size() - 1).split(":")[2]);
    }

    List<Call> awaitSent(String waId, int count) {
        await(() -> sent(waId).size(), n -> n >= count, count + " messages to " + waId);
        return sent(waId);
    }

    <T> T await(Supplier<T> value, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T current = value.get();
        while (!done.test(current)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; got " + current);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            current = value.get();
        }
        return current;
    }

    // ---- the HTTP side ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, error(190, "Invalid OAuth access token"));
                return;
            }
            if (path.startsWith("/download/")) {
                byte[] bytes = media.get(path.substring("/download/".length()));
                respondBytes(exchange, bytes == null ? 404 : 200, bytes == null ? new byte[0] : bytes);
            } else if (path.equals(VERSION + "/" + PHONE_NUMBER_ID + "/messages")
                    && "POST".equals(exchange.getRequestMethod())) {
                messages(exchange);
            } else if (path.equals(VERSION + "/" + PHONE_NUMBER_ID + "/media")
                    && "POST".equals(exchange.getRequestMethod())) {
                upload(exchange);
            } else if (path.startsWith(VERSION + "/") && "GET".equals(exchange.getRequestMethod())) {
                lookup(exchange, path.substring(VERSION.length() + 1));
            } else {
                respond(exchange, 400, error(100, "Unsupported request"));
            }
        }
    }

    private void messages(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String to = body.path("to").asText();
        if (!"whatsapp".equals(body.path("messaging_product").asText()) || to.isEmpty()) {
            respond(exchange, 400, error(100, "Invalid parameter"));
            return;
        }
        int[] failure = scripted.getOrDefault(to, new ConcurrentLinkedQueue<>()).poll();
        if (failure != null) {
            refused.add(to + ":" + failure[1] + ":" + System.nanoTime());
            respond(exchange, failure[0], error(failure[1], "scripted"));
            return;
        }
        String wamid = "wamid.HBgL" + IDS.incrementAndGet() + "AA==";
        calls.add(new Call(body, System.nanoTime(), wamid));
        ObjectNode ok = JSON.createObjectNode().put("messaging_product", "whatsapp");
        ok.putArray("contacts").addObject().put("input", to).put("wa_id", to);
        ok.putArray("messages").addObject().put("id", wamid);
        respond(exchange, 200, ok.toString());
    }

    // A multipart upload with the fields Meta asks for; the whole body is kept (as ISO-8859-1, byte for byte).
    private void upload(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        if (contentType == null || !contentType.startsWith("multipart/form-data")
                || !body.contains("name=\"messaging_product\"") || !body.contains("name=\"file\"")) {
            respond(exchange, 400, error(100, "Invalid parameter"));
            return;
        }
        String id = String.valueOf(900_000_000L + IDS.incrementAndGet());
        uploads.put(id, body);
        respond(exchange, 200, JSON.createObjectNode().put("id", id).toString());
    }

    /** What was uploaded under this media id (the multipart body), or empty. */
    String upload(String mediaId) {
        return uploads.getOrDefault(mediaId, "");
    }

    private void lookup(HttpExchange exchange, String mediaId) throws IOException {
        mediaLookups.incrementAndGet();
        byte[] bytes = media.get(mediaId);
        if (bytes == null) {
            respond(exchange, 404, error(100, "Unsupported get request. Object with ID does not exist"));
            return;
        }
        ObjectNode info = JSON.createObjectNode().put("messaging_product", "whatsapp")
                .put("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/download/" + mediaId)
                .put("mime_type", "audio/ogg; codecs=opus").put("sha256", "abc").put("file_size", bytes.length)
                .put("id", mediaId);
        respond(exchange, 200, info.toString());
    }

    static String error(int code, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("message", "(#" + code + ") " + message).put("type", "OAuthException")
                .put("code", code).put("fbtrace_id", "Atest");
        return error.toString();
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        respondBytes(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void respondBytes(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
