package nl.selam.bot.channel.whatsapp;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.selam.bot.support.Postgres;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link WhatsAppTolkTest} on PostgreSQL (a fresh schema): the WhatsApp tables, the conditional contact insert and the
 * forward-only status update are plain SQL that both databases must run alike. Skipped locally without a server; in
 * CI it fails instead (see {@link Postgres}).
 */
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresWhatsAppTolkTest extends WhatsAppTolkTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        Postgres.freshSchema("selam_whatsapp_tolk").forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }
}
