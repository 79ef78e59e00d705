package nl.selam.bot.escalation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.selam.bot.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.Map;

/**
 * The queue contract on PostgreSQL, in a schema recreated for each run (so the migrations run from scratch).
 * Skipped locally without a server; in CI it fails instead (see {@link Postgres}).
 */
@MicronautTest(transactional = false)
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
class PostgresQueueTest extends QueueContract {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        Postgres.freshSchema("selam_queue_test").forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }
}
