package nl.selam.bot.console;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logins, roles, lockout and CSRF of the console, over real HTTP. */
@MicronautTest(transactional = false)
class ConsoleAccessTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    StaffRepository staff;

    @Inject
    nl.selam.bot.staff.Credentials credentials;

    private ConsoleSession visitor() {
        return new ConsoleSession(server.getURI());
    }

    @Test
    void givenNoLogin_thenConsolePagesRedirectToTheLoginPage() {
        HttpResponse<String> response = visitor().get("/console/account");
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("/console/login"));
    }

    @Test
    void loginPageIsDutchByDefaultAndEnglishOnRequest() {
        ConsoleSession v = visitor();
        assertTrue(v.get("/console/login").body().contains("Gebruikersnaam"));
        assertEquals(303, v.get("/console/language/en?back=/console/login").statusCode());
        assertTrue(v.get("/console/login").body().contains("Username"));
    }

    @Test
    void languageSwitchNeverRedirectsOutsideTheConsole() {
        HttpResponse<String> response = visitor().get("/console/language/en?back=//evil.example/console");
        assertEquals("/console", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void givenTheConfiguredAdmin_thenTheFirstStartCreatedThatBeheerder() {
        ConsoleSession admin = visitor();
        assertEquals(303, admin.login("admin", "admin-password-for-tests").statusCode());
        HttpResponse<String> account = admin.get("/console/account");
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("beheerder"), account.body());
    }

    @Test
    void givenAOneTimePassword_thenEveryPageLeadsToChoosingAnOwnPasswordFirst() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        credentials.set(tolk.id(), tolk.name(), "one-time-pass-123", true);
        ConsoleSession v = visitor();
        assertEquals(303, v.login(tolk.name(), "one-time-pass-123").statusCode());
        assertEquals("/console/account?first=1", v.get("/console").headers().firstValue("Location").orElseThrow());
        assertEquals("/console/account?first=1",
                v.get("/console/forbidden").headers().firstValue("Location").orElseThrow());
        assertTrue(v.get("/console/account").body().contains("eenmalig wachtwoord"));
        assertEquals(303, v.post("/console/account", Map.of("current", "one-time-pass-123",
                "next", "my-own-password-1", "repeat", "my-own-password-1")).statusCode());
        assertEquals("/console/queue", v.get("/console").headers().firstValue("Location").orElseThrow());
    }

    @Test
    void givenATolk_thenTheStartPageIsTheQueue() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession v = visitor();
        HttpResponse<String> login = v.login(tolk.name(), ConsoleAccounts.PASSWORD);
        assertEquals(303, login.statusCode());
        assertEquals("/console", login.headers().firstValue("Location").orElseThrow());
        assertEquals("/console/queue", v.get("/console").headers().firstValue("Location").orElseThrow());
    }

    @Test
    void givenWrongPasswords_thenTheAccountLocksAndEvenTheRightPasswordIsRefused() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ar");
        ConsoleSession v = visitor();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = v.login(tolk.name(), "wrong-password-" + i);
            assertEquals("/console/login?error=1", refused.headers().firstValue("Location").orElseThrow());
        }
        HttpResponse<String> locked = v.login(tolk.name(), ConsoleAccounts.PASSWORD);
        assertEquals("/console/login?error=1", locked.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void givenALoginPostedFromElsewhere_thenItIsRefused() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession v = visitor();
        // no login page was opened: no cookie, no token (what a form on another site would send)
        HttpResponse<String> forged = v.postRaw("/console/login", Map.of("username", tolk.name(),
                "password", ConsoleAccounts.PASSWORD));
        assertEquals(403, forged.statusCode());
        v.get("/console/login");
        assertEquals(403, v.postRaw("/console/login", Map.of("username", tolk.name(),
                "password", ConsoleAccounts.PASSWORD, "_csrf", "guessed")).statusCode());
        assertEquals("/console", v.login(tolk.name(), ConsoleAccounts.PASSWORD)
                .headers().firstValue("Location").orElseThrow());
    }

    @Test
    void givenAFormWithoutTheCsrfToken_thenItIsRefusedAndNothingChanges() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "nl");
        ConsoleSession v = visitor();
        v.login(tolk.name(), ConsoleAccounts.PASSWORD);
        Map<String, String> change = Map.of("current", ConsoleAccounts.PASSWORD, "next", "a-new-password-1",
                "repeat", "a-new-password-1");
        assertEquals(403, v.postRaw("/console/account", change).statusCode());
        assertEquals(403, v.postRaw("/console/account", Map.of("_csrf", "forged", "current",
                ConsoleAccounts.PASSWORD, "next", "a-new-password-1", "repeat", "a-new-password-1")).statusCode());
        // the old password still works: nothing was changed
        assertEquals("/console", visitor().login(tolk.name(), ConsoleAccounts.PASSWORD)
                .headers().firstValue("Location").orElseThrow());
        assertEquals(303, v.post("/console/account", change).statusCode());
        assertEquals("/console", visitor().login(tolk.name(), "a-new-password-1")
                .headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aRefusedFormSaysWhyInTheConsoleLanguage() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ar");
        ConsoleSession v = visitor();
        v.login(tolk.name(), ConsoleAccounts.PASSWORD);
        Map<String, String> wrong = Map.of("current", "not-my-password", "next", "a-new-password-1",
                "repeat", "a-new-password-1");
        HttpResponse<String> dutch = v.post("/console/account", wrong);
        assertEquals(400, dutch.statusCode());
        assertTrue(dutch.body().contains("Het huidige wachtwoord klopt niet."), dutch.body());
        v.get("/console/language/en?back=/console/account");
        v.get("/console/account");
        HttpResponse<String> english = v.post("/console/account", Map.of("current", ConsoleAccounts.PASSWORD,
                "next", "short", "repeat", "short"));
        assertTrue(english.body().contains("A password is 10 to 128 characters."), english.body());
    }

    @Test
    void givenADeactivatedAccount_thenItsOpenLoginStopsWorking() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "en");
        ConsoleSession v = visitor();
        v.login(tolk.name(), ConsoleAccounts.PASSWORD);
        assertEquals(200, v.get("/console/account").statusCode());
        staff.update(new StaffAccount(tolk.id(), tolk.name(), tolk.role(), tolk.languages(), false,
                tolk.createdAt()));
        // the session itself ends (issue 10): back to the login page, not a "forbidden" page of a live login
        HttpResponse<String> after = v.get("/console/account");
        assertEquals(303, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElseThrow().startsWith("/console/login"));
        assertEquals("/console/login?error=1", visitor().login(tolk.name(), ConsoleAccounts.PASSWORD)
                .headers().firstValue("Location").orElseThrow());
    }

    @Test
    void logoutNeedsTheTokenAndEndsTheSession() {
        StaffAccount tolk = accounts.create(StaffRole.SLEUTELPERSOON, "ti");
        ConsoleSession v = visitor();
        v.login(tolk.name(), ConsoleAccounts.PASSWORD);
        assertEquals(403, v.postRaw("/console/logout", Map.of()).statusCode());
        HttpResponse<String> out = v.post("/console/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertFalse(v.get("/console/account").statusCode() == 200);
    }
}
