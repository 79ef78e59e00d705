package nl.selam.bot.console.queue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.Postgres;
import nl.selam.bot.support.SecondInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk contract on PostgreSQL (a schema recreated for each run), plus what only two instances show: a tolk
 * connected to one instance hears of a claim, an escalation and an erased crisis made through the other.
 */
@MicronautTest(transactional = false)
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
class PostgresDeskTest extends DeskContract {

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = super.getProperties();
            Postgres.freshSchema("selam_desk_test").forEach((k, v) -> properties.put(k, String.valueOf(v)));
        }
        return properties;
    }

    @Test
    void eventsReachATolkOnTheOtherInstance() throws Exception {
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount colleague = accounts.create(StaffRole.TOLK, "ti");
        try (EmbeddedServer second = SecondInstance.start(new HashMap<>(getProperties()))) {
            ConsoleSession onFirst = login(me);
            ConsoleSession onSecond = new ConsoleSession(second.getURI());
            onSecond.login(colleague.name(), nl.selam.bot.support.ConsoleAccounts.PASSWORD);
            try (EventStream events = EventStream.open(server.getURI(), onFirst.cookieHeader())) {
                events.await("event:hello", Duration.ofSeconds(10));
                // the resident writes through the second instance
                ChatClient resident = new ChatClient(io.micronaut.http.client.HttpClient
                        .create(second.getURL()).toBlocking());
                resident.say(LOW_CONFIDENCE, "ti");
                long id = resident.escalationId();
                events.await("\"type\":\"escalation\",\"escalation\":" + id, Duration.ofSeconds(10));
                onSecond.get("/console/conversations/" + id);
                onSecond.post("/console/conversations/" + id + "/claim", Map.of());
                String claimed = events.await("\"type\":\"claimed\",\"escalation\":" + id, Duration.ofSeconds(10));
                assertTrue(claimed.contains("\"byMe\":false"), claimed);
            }
        }
    }
}
