package nl.selam.bot.console.insight;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.selam.bot.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.Map;

/**
 * The insight pages on PostgreSQL, in a schema recreated for each run: the unanswered and feedback queries must
 * mean the same on both databases. Skipped locally without a server; in CI it fails instead.
 */
@MicronautTest(transactional = false)
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
class PostgresInsightPagesTest extends InsightPagesContract {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        Postgres.freshSchema("selam_insight_test").forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }
}
