package nl.selam.bot.console.admin;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.escalation.WaitLimits;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.privacy.RetentionPolicy;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAccounts;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Postgres;
import nl.selam.bot.system.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin screens' SQL on PostgreSQL (the other tests run on H2): the locked beheerder check, last logins, the
 * settings table and the municipality profile, in a schema recreated for each run.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
class PostgresAdminTest implements TestPropertyProvider {

    @Inject
    StaffAccounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    RetentionPolicy retention;

    @Inject
    WaitLimits waitLimits;

    @Inject
    MunicipalityProfiles profiles;

    @Inject
    LiveEngine engine;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        Postgres.freshSchema("selam_admin_test").forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }

    @Test
    void theLastActiveBeheerderStaysAndLastLoginsAreRead() {
        List<StaffAccount> before = accounts.all().stream()
                .filter(a -> a.active() && a.role() == StaffRole.BEHEERDER).toList();
        StaffAccount second = accounts.create("beheerder-" + UUID.randomUUID(), StaffRole.BEHEERDER, List.of());
        before.forEach(a -> accounts.setActive(a.id(), false)); // allowed: the new one remains
        assertThrows(InvalidRequestException.class, () -> accounts.setActive(second.id(), false));
        assertThrows(InvalidRequestException.class, () -> accounts.update(second.id(), StaffRole.TOLK, List.of("nl")));
        accounts.update(second.id(), StaffRole.BEHEERDER, List.of("nl", "ti"));
        assertEquals(List.of("nl", "ti"), accounts.find(second.id()).orElseThrow().languageList());
        before.forEach(a -> accounts.setActive(a.id(), true));

        audit.record(second, "LOGIN", null);
        assertTrue(accounts.lastLogins().containsKey(second.id()));
    }

    @Test
    void settingsAreStoredReadAndCleared() {
        retention.set(12, null);
        waitLimits.set("ar", Duration.ofMinutes(45), null);
        assertEquals(12, retention.days());
        assertEquals(Duration.ofMinutes(45), waitLimits.maxWaitFor("ar"));
        retention.set(14, null); // an update of the same row
        assertEquals(14, retention.days());
        retention.set(null, null);
        waitLimits.set("ar", null, null);
        assertEquals(retention.configuredDays(), retention.days());
        assertEquals(Duration.ofHours(2), waitLimits.maxWaitFor("ar"));
    }

    @Test
    void theProfileIsSavedAndUsed() {
        long admin = accounts.all().get(0).id();
        profiles.save("gemeente Pgdorp", "14 0123", null, null, admin);
        profiles.save("gemeente Pgdorp", "14 0124", "https://www.pgdorp.nl", null, admin);
        assertEquals("14 0124", engine.current().knowledgeBase().municipality().telefoon());
        assertNull(profiles.stored().orElseThrow().officeHours(), "no open day = no office hours");
    }
}
