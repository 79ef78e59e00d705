package nl.selam.bot.supervision;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.Map;

/** The supervisor's figures on the embedded default (H2 in PostgreSQL mode), in a database of its own. */
@MicronautTest(transactional = false)
class H2SupervisionTest extends SupervisionContract {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("datasources.default.url", "jdbc:h2:mem:supervision;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return properties;
    }
}
