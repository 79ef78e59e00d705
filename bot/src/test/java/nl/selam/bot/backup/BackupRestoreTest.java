package nl.selam.bot.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.selam.bot.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ops/backup.sh and ops/restore.sh, end to end (issue 13, item 10): residents talk to a running Selam, the real
 * scripts back its database up and restore it into an empty database, and a Selam started on the restored
 * database shows every resident (with their own session cookie) the same conversation, word for word, with the
 * escalations still open. Once on the embedded H2 file and once on PostgreSQL (pg_dump/pg_restore).
 */
class BackupRestoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OPS = Path.of("..", "ops").toAbsolutePath().normalize();
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final String[] QUESTIONS = {
        "Hoe vind ik een huisarts?", "How do I apply for DigiD?", "كيف أجد طبيب عام؟", "Ik wil met een mens praten",
    };

    @TempDir
    Path dir;

    @Test
    void h2BackupRestoresEveryConversationIntoAnEmptyDataFolder() throws Exception {
        String source = "jdbc:h2:file:" + dir.resolve("live/selam");
        Map<String, Object> live = Map.of("datasources.default.url", source + H2_OPTIONS,
                "selam.data-dir", dir.resolve("live").toString());
        Before before = converse(live, source + H2_OPTIONS, "sa");
        Path backup = dir.resolve("selam-h2.sql.gz");
        Map<String, String> sourceEnv = Map.of("DATASOURCES_DEFAULT_URL", source);
        assertEquals(0, script("backup.sh", sourceEnv, backup), "backup of the stopped database");
        assertTrue(Files.size(backup) > 0);

        String target = "jdbc:h2:file:" + dir.resolve("restored/selam");
        Map<String, String> targetEnv = Map.of("DATASOURCES_DEFAULT_URL", target);
        assertEquals(0, script("restore.sh", targetEnv, backup));
        assertNotEquals(0, script("restore.sh", targetEnv, backup), "a second restore onto the restored file is refused");

        findAgain(before, Map.of("datasources.default.url", target + H2_OPTIONS,
                "selam.data-dir", dir.resolve("restored").toString()), target + H2_OPTIONS, "sa");
    }

    @Test
    void h2BackupRefusesADatabaseInUse() throws Exception {
        String source = "jdbc:h2:file:" + dir.resolve("busy/selam");
        try (EmbeddedServer ignored = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", source + H2_OPTIONS, "selam.data-dir", dir.resolve("busy").toString()),
                "test")) {
            Path backup = dir.resolve("busy.sql.gz");
            assertNotEquals(0, script("backup.sh", Map.of("DATASOURCES_DEFAULT_URL", source), backup));
            assertTrue(Files.notExists(backup), "no half-written backup is left behind");
        }
    }

    @Test
    @EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
    void postgresBackupOfARunningSelamRestoresEveryConversationIntoAnEmptyDatabase() throws Exception {
        String schema = "selam_backup_test";
        Map<String, Object> live = new HashMap<>(Postgres.freshSchema(schema));
        String user = (String) live.get("datasources.default.username");
        String sourceUrl = (String) live.get("datasources.default.url");
        Path backup = dir.resolve("selam-pg.dump");
        // pg_dump reads one snapshot, so the backup is taken while Selam runs, as an operator would from cron
        Before before = converse(live, sourceUrl, user, () -> assertEquals(0, script("backup.sh",
                Map.of("DATASOURCES_DEFAULT_URL", sourceUrl, "DATASOURCES_DEFAULT_USERNAME", user), backup)));

        String database = databaseOf(Postgres.URL) + "_selam_restore";
        String admin = Postgres.URL.replaceFirst("\\?.*$", "");
        sql(admin, user, "DROP DATABASE IF EXISTS " + database);
        sql(admin, user, "CREATE DATABASE " + database);
        try {
            String target = admin.substring(0, admin.lastIndexOf('/') + 1) + database + "?currentSchema=" + schema;
            Map<String, String> targetEnv = Map.of("DATASOURCES_DEFAULT_URL", target, "DATASOURCES_DEFAULT_USERNAME", user);
            assertEquals(0, script("restore.sh", targetEnv, backup));
            assertNotEquals(0, script("restore.sh", targetEnv, backup), "a restore onto tables is refused");
            Map<String, Object> restored = new HashMap<>(live);
            restored.put("datasources.default.url", target);
            findAgain(before, restored, target, user);
        } finally {
            sql(admin, user, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    // ---- the residents ----

    /** What the residents saw before the backup, and how many conversations the database held. */
    private record Before(List<Resident> residents, List<String> logs, long conversations) {
    }

    private interface Step {
        void run() throws Exception;
    }

    private Before converse(Map<String, Object> properties, String jdbcUrl, String user) throws Exception {
        return converse(properties, jdbcUrl, user, () -> { });
    }

    private Before converse(Map<String, Object> properties, String jdbcUrl, String user, Step whileRunning)
            throws Exception {
        List<Resident> residents = new ArrayList<>();
        List<String> logs = new ArrayList<>();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            for (int i = 0; i < 6; i++) {
                Resident resident = new Resident(server.getURL().toString());
                resident.open();
                resident.say(QUESTIONS[i % QUESTIONS.length]);
                resident.say(QUESTIONS[(i + 1) % QUESTIONS.length]);
                residents.add(resident);
            }
            for (Resident resident : residents) {
                String log = resident.conversation();
                assertTrue(log.contains("\"from\":\"me\""), log);
                logs.add(log);
            }
            whileRunning.run();
        }
        long conversations = count(jdbcUrl, user, "SELECT count(*) FROM conversation");
        assertEquals(6, conversations);
        return new Before(residents, logs, conversations);
    }

    private void findAgain(Before before, Map<String, Object> properties, String jdbcUrl, String user)
            throws Exception {
        assertEquals(before.conversations(), count(jdbcUrl, user, "SELECT count(*) FROM conversation"));
        assertTrue(count(jdbcUrl, user, "SELECT count(*) FROM escalation WHERE state = 'OPEN'") > 0);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            for (int i = 0; i < before.residents().size(); i++) {
                Resident resident = before.residents().get(i).at(server.getURL().toString());
                assertEquals(before.logs().get(i), resident.conversation(), "resident " + i + " after the restore");
            }
        }
    }

    /** One resident's browser: keeps the session cookie, like the page. */
    private static final class Resident {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private static int ids;
        private final String base;
        private String cookie;

        Resident(String base) {
            this.base = base;
        }

        Resident at(String otherBase) {
            Resident moved = new Resident(otherBase);
            moved.cookie = cookie;
            return moved;
        }

        void open() throws Exception {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/chat/messages?after=0")).GET());
            cookie = r.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElseThrow();
        }

        void say(String text) throws Exception {
            String body = JSON.createObjectNode().put("id", "b" + (++ids)).put("text", text).toString();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/chat/messages"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(202, r.statusCode(), r.body());
        }

        /** The conversation as the page shows it: who said what, in order, and the escalation's state. */
        String conversation() throws Exception {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/chat/messages?after=0")).GET());
            assertEquals(200, r.statusCode());
            JsonNode log = JSON.readTree(r.body());
            StringBuilder out = new StringBuilder("escalation=" + log.path("escalation").asText() + "\n");
            for (JsonNode m : log.path("messages")) {
                out.append(JSON.createObjectNode().put("from", m.path("from").asText())
                        .put("kind", m.path("kind").asText()).put("text", m.path("text").asText())).append('\n');
            }
            return out.toString();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    // ---- scripts and SQL ----

    /** Runs ops/&lt;name&gt; FILE with the given settings; returns its exit code. */
    private int script(String name, Map<String, String> env, Path file) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", OPS.resolve(name).toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().remove("DATASOURCES_DEFAULT_URL");
        pb.environment().putAll(env);
        // the H2 tools of the version on this classpath, the one that writes the file
        pb.environment().put("H2_JAR", Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), name + " did not finish");
        System.out.println(name + ": " + Files.readString(dir.resolve(name + ".log")).strip());
        return p.exitValue();
    }

    private static String databaseOf(String url) {
        String path = url.replaceFirst("\\?.*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void sql(String url, String user, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(String url, String user, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
