package nl.selam.bot.image;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ops/compose.yaml as a deployment would read it (no Docker engine runs here, so this parses and checks the file;
 * it does not start the containers): PostgreSQL, two Selam instances on it with their own data volumes and the
 * same console secret, Telegram in webhook mode, Caddy in front with health checks and /prometheus closed.
 */
class ComposeFileTest {

    private static final Path OPS = Path.of("..", "ops");

    @Test
    @SuppressWarnings("unchecked")
    void twoInstancesOnPostgresBehindCaddyInWebhookMode() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(OPS.resolve("compose.yaml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertEquals(List.of("postgres", "selam-1", "selam-2", "caddy"), List.copyOf(services.keySet()));

        Map<String, Object> one = (Map<String, Object>) services.get("selam-1");
        Map<String, Object> two = (Map<String, Object>) services.get("selam-2");
        for (Map<String, Object> selam : List.of(one, two)) {
            assertEquals("selam:0.1.0-SNAPSHOT", selam.get("image"));
            Map<String, Object> env = (Map<String, Object>) selam.get("environment");
            assertEquals("jdbc:postgresql://postgres:5432/selam", env.get("DATASOURCES_DEFAULT_URL"));
            assertEquals("POSTGRES", env.get("DATASOURCES_DEFAULT_DIALECT"));
            assertTrue(String.valueOf(env.get("TELEGRAM_WEBHOOK_URL")).matches("https://\\$\\{SELAM_HOST.*}/telegram/webhook"));
            assertTrue(String.valueOf(env.get("TELEGRAM_WEBHOOK_SECRET")).startsWith("${TELEGRAM_WEBHOOK_SECRET:?"),
                    "the webhook secret is required");
            assertTrue(String.valueOf(env.get("SELAM_CONSOLE_SECRET")).startsWith("${SELAM_CONSOLE_SECRET:?"),
                    "both instances share one required console secret");
            assertEquals("true", env.get("SELAM_CONSOLE_SECURE_COOKIE"));
            assertTrue(((Map<String, Object>) selam.get("depends_on")).containsKey("postgres"));
        }
        String dataOne = ((List<String>) one.get("volumes")).get(0);
        String dataTwo = ((List<String>) two.get("volumes")).get(0);
        assertTrue(dataOne.endsWith(":/data") && dataTwo.endsWith(":/data"), "SELAM_DATA_DIR is a volume");
        assertNotEquals(dataOne, dataTwo, "each instance has its own data folder");
        Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");
        for (String named : List.of(dataOne, dataTwo)) {
            assertTrue(volumes.containsKey(named.substring(0, named.indexOf(':'))), named + " is declared");
        }

        Map<String, Object> caddy = (Map<String, Object>) services.get("caddy");
        assertEquals(List.of("selam-1", "selam-2"), caddy.get("depends_on"));
        assertTrue(((List<String>) caddy.get("ports")).contains("443:443"));
        String caddyfile = Files.readString(OPS.resolve("Caddyfile"));
        assertTrue(caddyfile.contains("reverse_proxy selam-1:8080 selam-2:8080"), caddyfile);
        assertTrue(caddyfile.contains("health_uri /health"), caddyfile);
        assertTrue(caddyfile.contains("respond /prometheus* 404"), "metrics are not public");
    }
}
