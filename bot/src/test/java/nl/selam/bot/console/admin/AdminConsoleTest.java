package nl.selam.bot.console.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAccounts;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.bot.system.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The beheerder's accounts and municipality profile pages, and who may use the admin pages at all, over HTTP. */
@MicronautTest(transactional = false)
class AdminConsoleTest {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    static final List<String> PAGES = List.of("/console/admin/accounts", "/console/admin/profile",
            "/console/admin/settings", "/console/admin/outbox");
    private static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\">([^<]+)<");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts testAccounts;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffRepository staff;

    @Inject
    DatabaseRows rows;

    @Inject
    MunicipalityProfileRepository profiles;

    @Inject
    LiveEngine engine;

    private ConsoleSession visitor() {
        return new ConsoleSession(server.getURI());
    }

    private ConsoleSession admin() {
        ConsoleSession admin = visitor();
        assertEquals(303, admin.login(ADMIN, ADMIN_PASSWORD).statusCode());
        return admin;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private long accountId(String name) {
        return staff.findByName(name).orElseThrow().id();
    }

    private static Map<String, String> newAccount(String name, String username, String role, String password,
                                                  String... languages) {
        Map<String, String> form = new HashMap<>(Map.of("name", name, "username", username, "role", role,
                "password", password));
        for (String l : languages) {
            form.put("lang_" + l, "on");
        }
        return form;
    }

    @Test
    void aNewAccountLogsInWithItsOneTimePasswordAndMustChangeIt() {
        ConsoleSession admin = admin();
        assertEquals(200, admin.get("/console/admin/accounts").statusCode());
        String name = "Tolk " + UUID.randomUUID().toString().substring(0, 8);
        String username = "tolk." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.post("/console/admin/accounts",
                newAccount(name, username, "TOLK", "first-time-pass-1", "ti", "am"));
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("first-time-pass-1"), "the one-time password is shown once");
        assertTrue(created.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        StaffAccount account = staff.findByName(name).orElseThrow();
        assertEquals(StaffRole.TOLK, account.role());
        assertEquals(List.of("ti", "am"), account.languageList());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_CREATED' AND detail = ?",
                "staff " + account.id()));
        assertFalse(admin.get("/console/admin/accounts").body().contains("first-time-pass-1"),
                "and never again");

        ConsoleSession tolk = visitor();
        assertEquals("/console", location(tolk.login(username, "first-time-pass-1")));
        assertEquals("/console/account?first=1", location(tolk.get("/console")));
        assertEquals(303, tolk.post("/console/account", Map.of("current", "first-time-pass-1",
                "next", "my-own-password-1", "repeat", "my-own-password-1")).statusCode());
        assertEquals("/console/queue", location(tolk.get("/console")));
    }

    @Test
    void aGeneratedOneTimePasswordIsShownAndWorks() {
        ConsoleSession admin = admin();
        String name = "Redacteur " + UUID.randomUUID().toString().substring(0, 8);
        String username = "red-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.post("/console/admin/accounts",
                newAccount(name, username, "REDACTEUR", ""));
        Matcher m = ONE_TIME.matcher(created.body());
        assertTrue(m.find(), created.body());
        assertEquals("/console", location(visitor().login(username, m.group(1))));
    }

    @Test
    void aTakenUsernameOrAShortPasswordCreatesNothing() {
        ConsoleSession admin = admin();
        String name = "Dubbel " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> taken = admin.post("/console/admin/accounts",
                newAccount(name, ADMIN, "TOLK", "long-enough-pass-1", "nl"));
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("Die gebruikersnaam bestaat al."), "said in Dutch: " + taken.body());
        HttpResponse<String> shortPassword = admin.post("/console/admin/accounts",
                newAccount(name, "dubbel-" + UUID.randomUUID().toString().substring(0, 8), "TOLK", "short", "nl"));
        assertEquals(400, shortPassword.statusCode());
        assertTrue(shortPassword.body().contains("Een wachtwoord heeft 10 tot 128 tekens."), shortPassword.body());
        assertTrue(staff.findByName(name).isEmpty(), "no half-made account without a login");
    }

    @Test
    void roleAndLanguagesCanBeChanged() {
        StaffAccount tolk = testAccounts.create(StaffRole.TOLK, "ti");
        ConsoleSession admin = admin();
        HttpResponse<String> saved = admin.post("/console/admin/accounts/" + tolk.id(),
                Map.of("role", "SLEUTELPERSOON", "lang_ar", "on", "lang_nl", "on"));
        assertEquals(303, saved.statusCode(), saved.body());
        StaffAccount after = staff.findById(tolk.id()).orElseThrow();
        assertEquals(StaffRole.SLEUTELPERSOON, after.role());
        assertEquals(List.of("nl", "ar"), after.languageList());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_UPDATED' AND detail = ?",
                "staff " + tolk.id()));
        assertEquals(400, admin.post("/console/admin/accounts/" + tolk.id(), Map.of("role", "KONING"))
                .statusCode());
    }

    @Test
    void aDeactivatedAccountCannotLogInAndItsOpenLoginStops() {
        StaffAccount tolk = testAccounts.create(StaffRole.TOLK, "en");
        ConsoleSession session = visitor();
        session.login(tolk.name(), ConsoleAccounts.PASSWORD);
        assertEquals(200, session.get("/console/account").statusCode());

        ConsoleSession admin = admin();
        admin.get("/console/admin/accounts");
        assertEquals(303, admin.post("/console/admin/accounts/" + tolk.id() + "/active", Map.of("active", "false"))
                .statusCode());
        assertFalse(staff.findById(tolk.id()).orElseThrow().active());
        // deactivation ends the session itself (issue 10): back to the login page
        assertTrue(location(session.get("/console/account")).startsWith("/console/login"));
        assertEquals("/console/login?error=1", location(visitor().login(tolk.name(), ConsoleAccounts.PASSWORD)));
        assertTrue(admin.get("/console/admin/accounts").body().contains("gedeactiveerd"));

        assertEquals(303, admin.post("/console/admin/accounts/" + tolk.id() + "/active", Map.of("active", "true"))
                .statusCode());
        assertEquals("/console", location(visitor().login(tolk.name(), ConsoleAccounts.PASSWORD)));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_DEACTIVATED' "
                + "AND detail = ?", "staff " + tolk.id()));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_ACTIVATED' "
                + "AND detail = ?", "staff " + tolk.id()));
    }

    @Test
    void aBeheerderCannotDeactivateThemselves() {
        ConsoleSession admin = admin();
        long me = accountId(ADMIN);
        HttpResponse<String> refused = admin.post("/console/admin/accounts/" + me + "/active",
                Map.of("active", "false"));
        assertEquals(400, refused.statusCode());
        assertTrue(staff.findById(me).orElseThrow().active());
    }

    @Test
    void theLastActiveBeheerderCannotBeDeactivatedOrDemoted() {
        StaffAccount last = testAccounts.create(StaffRole.BEHEERDER);
        // make it the only active beheerder for a moment (the database is shared with other test classes)
        List<StaffAccount> others = new ArrayList<>(staff.findAll().stream().filter(a -> a.active()
                && a.role() == StaffRole.BEHEERDER && !a.id().equals(last.id())).toList());
        try {
            others.forEach(a -> staff.update(new StaffAccount(a.id(), a.name(), a.role(), a.languages(), false,
                    a.createdAt())));
            ConsoleSession session = visitor();
            session.login(last.name(), ConsoleAccounts.PASSWORD);
            session.get("/console/admin/accounts");
            assertEquals(400, session.post("/console/admin/accounts/" + last.id() + "/active",
                    Map.of("active", "false")).statusCode());
            assertEquals(400, session.post("/console/admin/accounts/" + last.id(), Map.of("role", "TOLK"))
                    .statusCode());
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> accounts.setActive(last.id(), false));
            assertTrue(e.getMessage().contains("last active beheerder"));
            assertThrows(InvalidRequestException.class,
                    () -> accounts.update(last.id(), StaffRole.REDACTEUR, List.of()));
            StaffAccount still = staff.findById(last.id()).orElseThrow();
            assertTrue(still.active());
            assertEquals(StaffRole.BEHEERDER, still.role());
        } finally {
            others.forEach(a -> staff.update(a));
            staff.update(new StaffAccount(last.id(), last.name(), last.role(), last.languages(), false,
                    last.createdAt()));
        }
    }

    @Test
    void aResetGivesANewOneTimePasswordAndTheOldOneStops() {
        StaffAccount tolk = testAccounts.create(StaffRole.TOLK, "ar");
        ConsoleSession admin = admin();
        admin.get("/console/admin/accounts");
        HttpResponse<String> reset = admin.post("/console/admin/accounts/" + tolk.id() + "/password", Map.of());
        assertEquals(200, reset.statusCode(), reset.body());
        Matcher m = ONE_TIME.matcher(reset.body());
        assertTrue(m.find(), reset.body());
        assertEquals("/console/login?error=1", location(visitor().login(tolk.name(), ConsoleAccounts.PASSWORD)));
        ConsoleSession again = visitor();
        assertEquals("/console", location(again.login(tolk.name(), m.group(1))));
        assertEquals("/console/account?first=1", location(again.get("/console")));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_PASSWORD_RESET' "
                + "AND detail = ?", "staff " + tolk.id()));
    }

    @Test
    void theListShowsUsernamesRolesAndLastLogins() {
        StaffAccount tolk = testAccounts.create(StaffRole.TOLK, "ti", "am");
        visitor().login(tolk.name(), ConsoleAccounts.PASSWORD);
        String page = admin().get("/console/admin/accounts").body();
        int row = page.indexOf("id=\"account-" + tolk.id() + "\"");
        assertTrue(row > 0, page);
        String tr = page.substring(row, page.indexOf("</tr>", row));
        assertTrue(tr.contains("ti, am"), tr);
        assertTrue(tr.contains("tolk"), tr);
        assertTrue(tr.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"), "last login shown: " + tr);
    }

    @Test
    void accountNamesAreEscaped() {
        ConsoleSession admin = admin();
        String name = "<script>alert(1)</script>" + UUID.randomUUID().toString().substring(0, 4);
        admin.post("/console/admin/accounts", newAccount(name, "x-" + UUID.randomUUID().toString().substring(0, 8),
                "TOLK", "long-enough-pass-1", "nl"));
        String page = admin.get("/console/admin/accounts").body();
        assertFalse(page.contains("<script>alert(1)"), "escaped");
        assertTrue(page.contains("&lt;script&gt;alert(1)"));
    }

    // --- the municipality profile -------------------------------------------------------------------------------

    private Map<String, Object> ask(String text) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/ask", Map.of("text", text)),
                Argument.mapOf(String.class, Object.class));
    }

    @Test
    void savingTheProfileChangesAnswersWithoutARestart() {
        String question = "Hoe vraag ik een bijstandsuitkering aan bij de gemeente?";
        try {
            ConsoleSession admin = admin();
            assertEquals(200, admin.get("/console/admin/profile").statusCode());
            Map<String, String> form = new HashMap<>(Map.of("naam", "gemeente Selamstad", "telefoon", "14 0777",
                    "website", "https://www.selamstad.nl"));
            for (String day : List.of("mon", "tue", "wed", "thu", "fri")) {
                form.put("open_" + day, "09:00");
                form.put("close_" + day, "17:00");
            }
            HttpResponse<String> saved = admin.post("/console/admin/profile", form);
            assertEquals(303, saved.statusCode(), saved.body());
            String answer = (String) ask(question).get("answer");
            assertTrue(answer.contains("14 0777"), answer);
            // the appointment answer carries the office hours, in the resident's language
            String afspraak = "Hoe maak ik een afspraak bij de gemeente?";
            assertEquals("loket.afspraak", ask(afspraak).get("topic"));
            assertTrue(((String) ask(afspraak).get("answer")).contains("Openingstijden: ma–vr 09:00–17:00."),
                    (String) ask(afspraak).get("answer"));
            assertEquals("14 0777", engine.current().knowledgeBase().municipality().telefoon());
            assertEquals("https://www.selamstad.nl", engine.current().knowledgeBase().municipality().website());
            String page = admin.get("/console/admin/profile").body();
            assertTrue(page.contains("value=\"14 0777\""), "the form shows what is stored");
            assertTrue(page.contains("ma–vr 09:00–17:00"), "the preview shows the hours in Dutch");
            assertTrue(page.contains("ሰኑይ–ዓርቢ 09:00–17:00"), "and in Tigrinya");
            assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PROFILE_CHANGED' "
                    + "AND staff_id = ?", accountId(ADMIN)) > 0 ? 1 : 0);

            // an emptied field falls back to the configuration again
            form.put("telefoon", "");
            assertEquals(303, admin.post("/console/admin/profile", form).statusCode());
            String back = (String) ask(question).get("answer");
            assertFalse(back.contains("14 0777"), back);
            profiles.deleteAll();
            engine.rebuild();
            assertTrue(((String) ask(afspraak).get("answer")).contains(
                    "Openingstijden: zie de website van de gemeente."), "without hours: where to look");
        } finally {
            profiles.deleteAll();
            engine.rebuild();
        }
    }

    @Test
    void phoneAndWebsiteAreChecked() {
        try {
            ConsoleSession admin = admin();
            admin.get("/console/admin/profile");
            HttpResponse<String> http = admin.post("/console/admin/profile",
                    Map.of("website", "http://www.selamstad.nl"));
            assertEquals(400, http.statusCode());
            assertTrue(http.body().contains("https://"), http.body());
            assertEquals(400, admin.post("/console/admin/profile", Map.of("website", "https://")).statusCode());
            assertEquals(400, admin.post("/console/admin/profile",
                    Map.of("website", "https://evil.example/\"><script>")).statusCode());
            assertEquals(400, admin.post("/console/admin/profile", Map.of("telefoon", "bel ons")).statusCode());
            assertEquals(400, admin.post("/console/admin/profile", Map.of("naam", "{gemeente.naam}")).statusCode());
            assertEquals(400, admin.post("/console/admin/profile", Map.of("open_mon", "17:00", "close_mon", "09:00"))
                    .statusCode());
            assertTrue(profiles.findById(MunicipalityProfile.THE_ONE).isEmpty(), "nothing stored");
            assertEquals(303, admin.post("/console/admin/profile", Map.of("telefoon", "+31 (0)20 624-1111"))
                    .statusCode());
        } finally {
            profiles.deleteAll();
            engine.rebuild();
        }
    }

    @Test
    void everyPageHasAllItsTextsInDutchAndEnglish() {
        ConsoleSession admin = admin();
        for (String page : PAGES) {
            String dutch = admin.get(page).body();
            assertFalse(dutch.contains("??"), page + " misses a Dutch text: " + dutch);
        }
        admin.get("/console/language/en?back=/console");
        Map<String, String> titles = Map.of("/console/admin/accounts", "New account", "/console/admin/profile",
                "Office hours", "/console/admin/settings", "the municipality’s phone number", "/console/admin/outbox",
                "waiting to be sent");
        for (String page : PAGES) {
            String english = admin.get(page).body();
            assertFalse(english.contains("??"), page + " misses an English text: " + english);
            assertTrue(english.contains(titles.get(page)), page + ": " + english);
        }
    }

    // --- who may use the admin pages ----------------------------------------------------------------------------

    /** 403, or the redirect to the console's "not allowed" page (which answers 403) that HTML clients get. */
    private static void assertForbidden(HttpResponse<String> response, String what) {
        boolean forbidden = response.statusCode() == 403 || (response.statusCode() == 303
                && location(response).startsWith("/console/forbidden"));
        assertTrue(forbidden, what + ": " + response.statusCode() + " " + location(response));
    }

    @Test
    void onlyABeheerderOpensTheAdminPages() {
        for (StaffRole role : List.of(StaffRole.TOLK, StaffRole.REDACTEUR, StaffRole.SLEUTELPERSOON)) {
            StaffAccount other = testAccounts.create(role, "nl");
            ConsoleSession session = visitor();
            session.login(other.name(), ConsoleAccounts.PASSWORD);
            session.get("/console/account");
            for (String page : PAGES) {
                assertForbidden(session.get(page), role + " GET " + page);
            }
            long target = testAccounts.create(StaffRole.TOLK, "nl").id();
            assertForbidden(session.post("/console/admin/accounts",
                    newAccount("x" + UUID.randomUUID(), "x-" + UUID.randomUUID().toString().substring(0, 8), "BEHEERDER",
                            "long-enough-pass-1")), role + " create");
            assertForbidden(session.post("/console/admin/accounts/" + other.id(), Map.of("role", "BEHEERDER")),
                    role + " promote");
            assertForbidden(session.post("/console/admin/accounts/" + target + "/active", Map.of("active", "false")),
                    role + " deactivate");
            assertForbidden(session.post("/console/admin/accounts/" + target + "/password", Map.of()),
                    role + " reset");
            assertForbidden(session.post("/console/admin/profile", Map.of("telefoon", "14 0666")), role + " profile");
            assertForbidden(session.post("/console/admin/settings", Map.of("retentionDays", "2")), role + " settings");
            assertForbidden(session.post("/console/admin/outbox/retry-all", Map.of()), role + " retry all");
            assertForbidden(session.post("/console/admin/outbox/1/retry", Map.of()), role + " retry");
            assertEquals(role, staff.findById(other.id()).orElseThrow().role(), "no promotion");
            assertTrue(staff.findById(target).orElseThrow().active());
        }
        assertTrue(profiles.findById(MunicipalityProfile.THE_ONE).isEmpty());
        ConsoleSession anonymous = visitor();
        for (String page : PAGES) {
            assertTrue(location(anonymous.get(page)).startsWith("/console/login"), page);
        }
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() {
        StaffAccount tolk = testAccounts.create(StaffRole.TOLK, "nl");
        ConsoleSession admin = admin();
        admin.get("/console/admin/accounts");
        String name = "Zonder token " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(403, admin.postRaw("/console/admin/accounts", newAccount(name,
                "zt-" + UUID.randomUUID().toString().substring(0, 8), "TOLK", "long-enough-pass-1")).statusCode());
        assertEquals(403, admin.postRaw("/console/admin/accounts/" + tolk.id(), Map.of("role", "BEHEERDER"))
                .statusCode());
        assertEquals(403, admin.postRaw("/console/admin/accounts/" + tolk.id() + "/active",
                Map.of("active", "false")).statusCode());
        assertEquals(403, admin.postRaw("/console/admin/accounts/" + tolk.id() + "/password", Map.of())
                .statusCode());
        assertEquals(403, admin.postRaw("/console/admin/profile", Map.of("telefoon", "14 0555")).statusCode());
        assertEquals(403, admin.postRaw("/console/admin/settings", Map.of("retentionDays", "3")).statusCode());
        assertEquals(403, admin.postRaw("/console/admin/outbox/retry-all", Map.of()).statusCode());
        assertEquals(403, admin.postRaw("/console/admin/outbox/1/retry", Map.of("_csrf", "forged")).statusCode());
        assertTrue(staff.findByName(name).isEmpty());
        StaffAccount after = staff.findById(tolk.id()).orElseThrow();
        assertEquals(StaffRole.TOLK, after.role());
        assertTrue(after.active());
        assertEquals("/console", location(visitor().login(tolk.name(), ConsoleAccounts.PASSWORD)));
        assertTrue(profiles.findById(MunicipalityProfile.THE_ONE).isEmpty());
    }
}
