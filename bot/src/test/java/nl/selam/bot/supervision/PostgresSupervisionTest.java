package nl.selam.bot.supervision;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.selam.bot.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.Map;

/** The supervisor's figures on PostgreSQL, in a schema recreated for each run (see {@link Postgres}). */
@MicronautTest(transactional = false)
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
class PostgresSupervisionTest extends SupervisionContract {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        Postgres.freshSchema("selam_supervision_test").forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }
}
