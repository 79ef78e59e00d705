package nl.selam.bot.channel.whatsapp;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.selam.bot.support.Postgres;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.HashMap;
import java.util.Map;

/** {@link WhatsAppWebhookTest} on PostgreSQL (a fresh schema): parallel posts and status callbacks on the real thing. */
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresWhatsAppWebhookTest extends WhatsAppWebhookTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        Postgres.freshSchema("selam_whatsapp_webhook").forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }
}
