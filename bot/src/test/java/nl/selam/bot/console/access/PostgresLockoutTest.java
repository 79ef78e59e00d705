package nl.selam.bot.console.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.selam.bot.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.Map;

/** The lockout contract on PostgreSQL, in a schema recreated for each run; fails in CI without a server. */
@MicronautTest(transactional = false)
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
class PostgresLockoutTest extends LockoutContract {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        Postgres.freshSchema("selam_lockout_test").forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }
}
