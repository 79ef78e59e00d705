package nl.selam.bot.channel.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * One resident's page in tests of the web chat's file upload: keeps the session cookie, builds multipart bodies
 * the way a browser's FormData does (and broken ones on purpose).
 */
final class WebMediaUpload {

    /** The first bytes of real files, padded: what the server's magic-byte check looks at. */
    static final byte[] JPEG = file(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}, 2048);
    static final byte[] PNG = file(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 1024);
    static final byte[] PDF = file("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 1024);
    static final byte[] WEBM = file(new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, 1024);
    static final byte[] OGG = file("OggS".getBytes(StandardCharsets.US_ASCII), 1024);
    static final byte[] MP4 = file(new byte[]{0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'M', '4', 'A', ' '}, 1024);

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    String cookie;

    WebMediaUpload(URI base) {
        this.base = base;
    }

    static byte[] file(byte[] head, int size) {
        byte[] bytes = Arrays.copyOf(head, size);
        for (int i = head.length; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    /** Opens the chat as the page does, which hands out the session cookie. */
    WebMediaUpload open() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/api/chat/messages?after=0")).GET(),
                HttpResponse.BodyHandlers.ofString());
        cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("selam_chat="))
                .map(c -> c.substring("selam_chat=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        return this;
    }

    HttpResponse<String> upload(String id, String contentType, byte[] bytes) {
        return post(multipart(id, "brief.bin", contentType, bytes), BOUNDARY);
    }

    HttpResponse<String> upload(byte[] body, String boundary) {
        return post(body, boundary);
    }

    HttpResponse<String> post(byte[] body, String boundary) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/chat/media"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> fetch(long messageId) {
        return send(HttpRequest.newBuilder(base.resolve("/api/chat/media/" + messageId)).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> erase() {
        return send(HttpRequest.newBuilder(base.resolve("/api/chat/erase")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"confirm\": true}")), HttpResponse.BodyHandlers.ofString());
    }

    String log() {
        return send(HttpRequest.newBuilder(base.resolve("/api/chat/messages?after=0")).GET(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static final String BOUNDARY = "----selamtest" + UUID.randomUUID().toString().replace("-", "");

    static byte[] multipart(String id, String filename, String contentType, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n" + id + "\r\n");
        write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(bytes);
        write(out, "\r\n--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        if (cookie != null) {
            request.header("Cookie", "selam_chat=" + cookie);
        }
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
