import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.FileWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed-rate (open-loop) load driver for Selam, JDK only, run as a single source file:
 *
 * <pre>
 * java ops/load/LoadDriver.java run --base http://127.0.0.1:18100 --target web --rate 100 --duration 60
 * java ops/load/LoadDriver.java fake-telegram 18101 [sent.jsonl]
 * </pre>
 *
 * Why not wrk: wrk is closed-loop (a slow reply delays the next request, so the rate falls exactly when the
 * service struggles and the latency it reports hides the queueing: "coordinated omission"). Here request i is due
 * at start + i/rate whether earlier ones have answered or not, and its latency is measured from that due time to
 * the response. Both /api/chat/messages and /telegram/webhook answer only after the reply is committed to the
 * outbox (the pipeline runs inside the request), so the response time is the message → reply-in-outbox time.
 *
 * Targets: ping (GET /api/ping), ask (POST /api/ask), web (POST /api/chat/messages, a new resident per message so
 * the flood limit does not turn load into 429s), telegram (POST /telegram/webhook with the secret, a new chat per
 * message). Prints one tab-separated line:
 * target rate duration sent ok errors throughput p50 p90 p99 max (milliseconds).
 *
 * fake-telegram: a Bot API on 127.0.0.1 that accepts everything (getMe, setWebhook, sendMessage, ...), so Selam's
 * Telegram outbox delivers locally; with a file name it appends one JSON line per sendMessage (chat id and text),
 * which the crash test reads to check what residents actually received.
 */
public class LoadDriver {

    private static final String[] QUESTIONS = {
        "Hoe vind ik een huisarts?",
        "How do I apply for DigiD?",
        "كيف أجد طبيب عام؟",
        "ከመይ ጌረ ሓኪም ይረክብ?",
        "Wanneer krijg ik mijn toeslag?",
        "How do I register at the municipality?",
    };

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("fake-telegram")) {
            fakeTelegram(Integer.parseInt(args[1]), args.length > 2 ? args[2] : null);
            return;
        }
        if (args.length == 0 || !args[0].equals("run")) {
            System.err.println("usage: LoadDriver run --base URL --target ping|ask|web|telegram --rate N --duration S"
                    + " [--secret S] [--id-offset N] | LoadDriver fake-telegram PORT [log.jsonl]");
            System.exit(2);
        }
        Map<String, String> opt = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        run(opt.getOrDefault("base", "http://127.0.0.1:8080"), opt.getOrDefault("target", "ping"),
                Integer.parseInt(opt.getOrDefault("rate", "50")), Integer.parseInt(opt.getOrDefault("duration", "60")),
                opt.getOrDefault("secret", ""), Long.parseLong(opt.getOrDefault("id-offset", "1")));
    }

    static void run(String base, String target, int rate, int duration, String secret, long offset)
            throws Exception {
        int n = rate * duration;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long[] latency = new long[n];
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        CompletableFuture<?>[] all = new CompletableFuture<?>[n];
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = request(base, target, secret, offset + i, i);
            int index = i;
            all[i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                long now = System.nanoTime();
                latency[index] = now - due;
                lastDone.accumulateAndGet(now, Math::max);
                int status = failure != null ? -1 : response.statusCode();
                statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                if (status >= 200 && status < 300) {
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                return null;
            });
        }
        CompletableFuture.allOf(all).join();
        pool.shutdown();
        Arrays.sort(latency);
        double seconds = Math.max(1e-9, (lastDone.get() - start) / 1e9);
        System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f%n", target, rate, duration,
                n, ok.get(), errors.get(), ok.get() / seconds, ms(latency, 50), ms(latency, 90), ms(latency, 99),
                latency[n - 1] / 1e6);
        if (errors.get() > 0) {
            System.err.println(target + " statuses (-1 = no response): " + statuses);
        }
    }

    private static double ms(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static HttpRequest request(String base, String target, String secret, long id, int i) {
        String question = QUESTIONS[i % QUESTIONS.length];
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(10));
        return switch (target) {
            case "ping" -> b.uri(URI.create(base + "/api/ping")).GET().build();
            case "ask" -> json(b.uri(URI.create(base + "/api/ask")), "{\"text\":\"" + question + "\"}");
            case "web" -> json(b.uri(URI.create(base + "/api/chat/messages")),
                    "{\"id\":\"load" + id + "\",\"text\":\"" + question + "\"}");
            case "telegram" -> json(b.uri(URI.create(base + "/telegram/webhook"))
                    .header("X-Telegram-Bot-Api-Secret-Token", secret), update(id, question));
            default -> throw new IllegalArgumentException("unknown target " + target);
        };
    }

    /** A private-chat text message from a new chat (chat id = update id), as Telegram would post it. */
    static String update(long id, String text) {
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":1,\"date\":" + System.currentTimeMillis() / 1000
                + ",\"chat\":{\"id\":" + id + ",\"type\":\"private\",\"first_name\":\"Load\"},"
                + "\"from\":{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"Load\",\"language_code\":\"nl\"},"
                + "\"text\":\"" + text + "\"}}";
    }

    private static HttpRequest json(HttpRequest.Builder b, String body) {
        return b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    // ---- fake Telegram Bot API ----

    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

    static void fakeTelegram(int port, String logFile) throws IOException {
        PrintWriter log = logFile == null ? null : new PrintWriter(new FileWriter(logFile, StandardCharsets.UTF_8, true), true);
        AtomicLong messageIds = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String result;
            switch (method) {
                case "getme" -> result = "{\"id\":1,\"is_bot\":true,\"first_name\":\"Selam\",\"username\":\"selam_load_bot\"}";
                case "sendmessage" -> {
                    Matcher chat = CHAT_ID.matcher(body);
                    String chatId = chat.find() ? chat.group(1) : "0";
                    Matcher text = TEXT.matcher(body);
                    String quoted = text.find() ? text.group(1) : "\"\"";
                    if (log != null) {
                        synchronized (log) {
                            log.println("{\"chat\":" + chatId + ",\"text\":" + quoted + "}");
                        }
                    }
                    result = "{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":"
                            + System.currentTimeMillis() / 1000 + ",\"chat\":{\"id\":" + chatId
                            + ",\"type\":\"private\"},\"text\":" + quoted + "}";
                }
                case "getupdates" -> result = "[]";
                default -> result = "true"; // setWebhook, deleteWebhook, answerCallbackQuery
            }
            respond(exchange, "{\"ok\":true,\"result\":" + result + "}");
        });
        server.start();
        System.out.println("fake Bot API on 127.0.0.1:" + port);
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
