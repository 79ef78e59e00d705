package nl.selam.bot.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client would send (duplicate Content-Length, invalid
 * bytes in headers, bare percent signs in paths): the bytes go out exactly as given.
 */
public final class RawHttp {

    /** What came back: the status (0 when the server closed without answering, -1 on a read timeout). */
    public record Response(int status, String head, String body, long millis) {

        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private final String host;
    private final int port;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * A request with {@code Host} and {@code Connection: close} added unless given, and a Content-Length for the
     * body unless a header already names one or Transfer-Encoding.
     */
    public static byte[] request(String method, String target, List<String> headers, byte[] body) {
        List<String> all = new ArrayList<>(headers);
        if (all.stream().noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("host:"))) {
            all.add(0, "Host: 127.0.0.1");
        }
        if (all.stream().noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("connection:"))) {
            all.add("Connection: close");
        }
        boolean framed = all.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .anyMatch(h -> h.startsWith("content-length:") || h.startsWith("transfer-encoding:"));
        if (body != null && !framed) {
            all.add("Content-Length: " + body.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
        for (String header : all) {
            out.writeBytes((header + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    public Response send(byte[] request) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(5000);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer (413, 400) and close before it read everything: read what it said
            }
            return read(socket.getInputStream(), start);
        } catch (IOException e) {
            return new Response(0, "", e.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static Response read(InputStream in, long start) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        long contentLength = -1;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
                byte[] all = received.toByteArray();
                if (headEnd < 0) {
                    headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    if (headEnd >= 0) {
                        contentLength = contentLength(new String(all, 0, headEnd, StandardCharsets.ISO_8859_1));
                    }
                }
                if (headEnd >= 0 && contentLength >= 0 && all.length >= headEnd + 4 + contentLength) {
                    break; // a complete response: do not wait for the server to close
                }
            }
        } catch (SocketTimeoutException e) {
            if (received.size() == 0) {
                return new Response(-1, "", "timeout", (System.nanoTime() - start) / 1_000_000);
            }
        } catch (IOException e) {
            if (received.size() == 0) {
                return new Response(0, "", e.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String text = received.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        int status = head.startsWith("HTTP/1.") && head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : 0;
        return new Response(status, head, body, millis);
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Long.parseLong(line.substring(15).trim());
            }
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
