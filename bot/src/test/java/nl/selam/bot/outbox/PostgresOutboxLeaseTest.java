package nl.selam.bot.outbox;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.selam.bot.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.Map;

/**
 * The outbox lease contract on PostgreSQL, in a schema recreated for each run. Skipped locally without a server; in
 * CI it fails instead (see {@link Postgres}).
 */
@MicronautTest(transactional = false)
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
class PostgresOutboxLeaseTest extends OutboxLeaseContract {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        Postgres.freshSchema("selam_outbox_lease").forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }
}
