package nl.selam.bot.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A console form with a file (multipart), as a browser posts it; {@link ConsoleSession} posts only plain forms. */
public final class ConsoleUpload {

    private ConsoleUpload() {
    }

    /**
     * Posts {@code file} (and an optional caption) to {@code path} with the session's cookie; with the session's
     * CSRF token as the form's {@code _csrf} part when {@code withToken}.
     */
    public static HttpResponse<String> post(ConsoleSession session, String path, String fileName, byte[] content,
                                            String caption, boolean withToken) {
        String boundary = "----selam" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (withToken) {
            part(body, boundary, "_csrf", null, session.csrf().getBytes(StandardCharsets.UTF_8));
        }
        if (caption != null) {
            part(body, boundary, "caption", null, caption.getBytes(StandardCharsets.UTF_8));
        }
        part(body, boundary, "file", fileName, content);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(session.baseUri().resolve(path))
                .header("Cookie", session.cookieHeader())
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String file, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file + "\"") + "\r\n"
                + (file == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
