package nl.selam.bot.console.queue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.faq.FaqSuggestion;
import nl.selam.bot.faq.FaqSuggestions;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.escalation.EscalationState;
import nl.selam.bot.staff.AuditEntry;
import nl.selam.bot.staff.AuditRepository;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.StaffClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tolk's queue and conversation pages over real HTTP, with residents writing through the web chat API. */
@MicronautTest(transactional = false)
@Property(name = "selam.municipality.naam", value = "Teststad")
@Property(name = "selam.conversation.flood-limit", value = "1000")
class QueueConsoleTest {

    static final String LOW_CONFIDENCE = "Waar kan ik mijn fiets laten repareren?";
    static final String CRISIS = "Ik wil niet meer leven";

    @Inject
    io.micronaut.context.BeanContext context;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    EscalationRepository escalations;

    @Inject
    AuditRepository audit;

    @Inject
    FaqSuggestions suggestions;

    private ChatClient resident() {
        return new ChatClient(http.toBlocking());
    }

    private long escalate(String text, String language) {
        ChatClient resident = resident();
        resident.say(text, language);
        return resident.escalationId();
    }

    private ConsoleSession tolk(String... languages) {
        return login(accounts.create(StaffRole.TOLK, languages));
    }

    private ConsoleSession login(StaffAccount account) {
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    private EscalationState state(long id) {
        return escalations.findById(id).orElseThrow().state();
    }

    @Test
    void theQueueShowsOnlyTheTolksLanguagesWithUrgentFirst() {
        long older = escalate(LOW_CONFIDENCE, "ti");
        long otherLanguage = escalate(LOW_CONFIDENCE, "ar");
        long urgent = escalate(CRISIS, "ti");
        ConsoleSession tolk = tolk("ti");

        HttpResponse<String> page = tolk.get("/console/queue");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("id=\"escalation-" + older + "\""), body);
        assertTrue(body.contains("id=\"escalation-" + urgent + "\""));
        assertFalse(body.contains("id=\"escalation-" + otherLanguage + "\""), "another language's escalation");
        assertTrue(body.indexOf("id=\"escalation-" + urgent + "\"") < body.indexOf("id=\"escalation-" + older + "\""),
                "urgent first");
        assertTrue(body.contains("hx-get=\"/console/queue/count\""), "the counter polls");

        HttpResponse<String> count = tolk.get("/console/queue/count?known=stale");
        assertEquals(200, count.statusCode());
        assertTrue(count.body().contains("id=\"queue-waiting\""), count.body());
        assertEquals("queue-changed", count.headers().firstValue("HX-Trigger").orElse(null),
                "a stale list is told to reload");
        assertTrue(tolk.get("/console/queue/list").body().contains("id=\"escalation-" + urgent + "\""));
    }

    @Test
    void aTolkOfAnotherLanguageGetsForbiddenOnThePageAndEveryAction() {
        long arabic = escalate(LOW_CONFIDENCE, "ar");
        ConsoleSession tolk = tolk("nl", "ti");
        tolk.get("/console/queue"); // a page with the CSRF token, so the posts below are refused for the language

        HttpResponse<String> page = tolk.get("/console/conversations/" + arabic);
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("Geen toegang"), page.body());
        assertEquals(403, tolk.get("/console/conversations/" + arabic + "/faq?faq=geld.bijstand").statusCode());
        assertEquals(403, tolk.post("/console/conversations/" + arabic + "/claim", Map.of()).statusCode());
        assertEquals(403, tolk.post("/console/conversations/" + arabic + "/reply", Map.of("text", "hallo"))
                .statusCode());
        assertEquals(403, tolk.post("/console/conversations/" + arabic + "/resolve", Map.of()).statusCode());
        assertEquals(403, tolk.post("/console/conversations/" + arabic + "/suggest",
                Map.of("question", "q", "answer", "a")).statusCode());
        assertEquals(EscalationState.OPEN, state(arabic));
        assertTrue(audit.findByEscalationId(arabic).isEmpty(), "nothing was read or done");
    }

    @Test
    void theQueuePagesSpeakEnglishOnRequest() {
        long id = escalate(LOW_CONFIDENCE, "en");
        ConsoleSession tolk = tolk("en");
        tolk.get("/console/language/en?back=/console/queue");
        String queue = tolk.get("/console/queue").body();
        assertTrue(queue.contains("Your languages"), queue);
        assertFalse(queue.contains("??"), queue);
        String page = tolk.get("/console/conversations/" + id).body();
        assertTrue(page.contains("Conversation #" + id), page);
        assertFalse(page.contains("??"), page);
    }

    @Test
    void aRedacteurDoesNotGetTheQueue() {
        ConsoleSession redacteur = login(accounts.create(StaffRole.REDACTEUR, "nl"));
        HttpResponse<String> queue = redacteur.get("/console/queue");
        assertEquals(303, queue.statusCode());
        assertTrue(queue.headers().firstValue("Location").orElseThrow().startsWith("/console/forbidden"));
    }

    @Test
    void claimReplyAndResolveReachTheResidentAndAreAudited() {
        ChatClient resident = resident();
        resident.say(LOW_CONFIDENCE, "nl");
        long id = resident.escalationId();
        StaffAccount account = accounts.create(StaffRole.SLEUTELPERSOON, "nl");
        ConsoleSession tolk = login(account);

        HttpResponse<String> page = tolk.get("/console/conversations/" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("fiets laten repareren"), "the resident's message is shown");
        assertTrue(page.body().contains("id=\"claim\""));

        HttpResponse<String> claimed = tolk.post("/console/conversations/" + id + "/claim", Map.of());
        assertEquals(303, claimed.statusCode());
        assertEquals(EscalationState.CLAIMED, state(id));
        assertTrue(tolk.get("/console/conversations/" + id).body().contains("id=\"reply-form\""));

        HttpResponse<String> replied = tolk.post("/console/conversations/" + id + "/reply",
                Map.of("text", "Goedemiddag, bij de fietsenmaker op het plein."));
        assertEquals(303, replied.statusCode());
        assertTrue(replied.headers().firstValue("Location").orElseThrow().contains("notice=replied"));
        assertEquals(EscalationState.ANSWERED, state(id));
        assertTrue(resident.received().stream().anyMatch(m -> "staff".equals(m.get("from"))
                && "Goedemiddag, bij de fietsenmaker op het plein.".equals(m.get("text"))), "the resident got it");

        HttpResponse<String> resolved = tolk.post("/console/conversations/" + id + "/resolve", Map.of());
        assertEquals(303, resolved.statusCode());
        assertTrue(resolved.headers().firstValue("Location").orElseThrow().startsWith("/console/queue"));
        assertEquals(EscalationState.RESOLVED, state(id));

        // the resident writes again later: a new escalation, whose page links to this one
        resident.say(LOW_CONFIDENCE, "nl");
        long next = resident.escalationId();
        assertTrue(next != id);
        String later = tolk.get("/console/conversations/" + next).body();
        assertTrue(later.contains("href=\"/console/conversations/" + id + "\""), "earlier escalations are listed");
        assertFalse(later.contains("??"), "every text has a translation");

        List<String> actions = audit.findByEscalationId(id).stream().filter(a -> java.util.Objects.equals(a.staffId(), account.id()))
                .map(AuditEntry::action).toList();
        assertTrue(actions.contains("READ"), actions.toString());
        assertTrue(actions.contains("CLAIM"), actions.toString());
        assertTrue(actions.contains("REPLY"), actions.toString());
        assertTrue(actions.contains("RESOLVE"), actions.toString());
    }

    @Test
    void aReplyBeforeClaimingIsRefusedAndAnotherTolksClaimWins() {
        long id = escalate(LOW_CONFIDENCE, "en");
        ConsoleSession first = tolk("en");
        ConsoleSession second = tolk("en");
        first.get("/console/conversations/" + id);
        second.get("/console/conversations/" + id);
        HttpResponse<String> early = first.post("/console/conversations/" + id + "/reply", Map.of("text", "hi"));
        assertTrue(early.headers().firstValue("Location").orElseThrow().contains("notice=conflict"));
        assertEquals(303, first.post("/console/conversations/" + id + "/claim", Map.of()).statusCode());
        HttpResponse<String> lost = second.post("/console/conversations/" + id + "/claim", Map.of());
        assertTrue(lost.headers().firstValue("Location").orElseThrow().contains("notice=conflict"));
        String page = second.get("/console/conversations/" + id).body();
        assertFalse(page.contains("id=\"reply-form\""), "only the one who claimed it can reply");
    }

    @Test
    void theOpenPageLearnsOfNewMessagesAndAnotherTolksClaimWithoutShowingText() {
        ChatClient resident = resident();
        resident.say(LOW_CONFIDENCE, "nl");
        long id = resident.escalationId();
        ConsoleSession tolk = tolk("nl");
        String page = tolk.get("/console/conversations/" + id).body();
        java.util.regex.Matcher poll = java.util.regex.Pattern
                .compile("hx-get=\"(/console/conversations/" + id + "/news\\?[^\"]+)\"").matcher(page);
        assertTrue(poll.find(), page);
        String news = poll.group(1).replace("&amp;", "&");
        assertFalse(tolk.get(news).body().contains("notice"), "nothing new yet");

        resident.say("Hallo? Ben je daar nog?");
        ConsoleSession other = tolk("nl");
        other.get("/console/conversations/" + id);
        other.post("/console/conversations/" + id + "/claim", Map.of());
        String fresh = tolk.get(news).body();
        assertTrue(fresh.contains("nieuw"), fresh);
        assertTrue(fresh.contains("Opgepakt"), "the claim by someone else shows: " + fresh);
        assertFalse(fresh.contains("Ben je daar"), "no message text in the poll");
    }

    @Test
    void handOverKeepsTheNote() {
        long id = escalate(LOW_CONFIDENCE, "nl");
        ConsoleSession tolk = tolk("nl");
        tolk.get("/console/conversations/" + id);
        tolk.post("/console/conversations/" + id + "/claim", Map.of());
        HttpResponse<String> handed = tolk.post("/console/conversations/" + id + "/handover",
                Map.of("note", "Wil een afspraak over schulden."));
        assertEquals(303, handed.statusCode());
        var e = escalations.findById(id).orElseThrow();
        assertEquals(EscalationState.HANDED_OVER, e.state());
        assertEquals("Wil een afspraak over schulden.", e.handoverNote());
    }

    @Test
    void anFaqAnswerFillsTheReplyBoxInTheResidentsLanguageWithTheMunicipality() {
        long id = escalate(LOW_CONFIDENCE, "nl");
        ConsoleSession tolk = tolk("nl");
        String page = tolk.get("/console/conversations/" + id).body();
        tolk.post("/console/conversations/" + id + "/claim", Map.of());
        page = tolk.get("/console/conversations/" + id).body();
        assertTrue(page.contains("value=\"geld.bijstand\""), "the topic picker lists the FAQ");

        HttpResponse<String> fragment = tolk.get("/console/conversations/" + id + "/faq?faq=geld.bijstand");
        assertEquals(200, fragment.statusCode());
        assertTrue(fragment.body().startsWith("<textarea"), fragment.body());
        assertTrue(fragment.body().contains("id=\"reply-text\""));
        assertTrue(fragment.body().contains("Teststad"), "placeholders are filled: " + fragment.body());
        assertFalse(fragment.body().contains("{gemeente."), fragment.body());
        // without JavaScript the same answer comes with the whole page
        assertTrue(tolk.get("/console/conversations/" + id + "?faq=geld.bijstand").body().contains("Teststad"));
    }

    @Test
    void suggestAsFaqLandsInTheRedacteursInbox() {
        long id = escalate(LOW_CONFIDENCE, "nl");
        StaffAccount account = accounts.create(StaffRole.TOLK, "nl");
        ConsoleSession tolk = login(account);
        tolk.get("/console/conversations/" + id);
        tolk.post("/console/conversations/" + id + "/claim", Map.of());
        tolk.post("/console/conversations/" + id + "/reply", Map.of("text", "Een fiets repareert u bij de fietsenmaker."));
        String page = tolk.get("/console/conversations/" + id).body();
        assertTrue(page.contains("Een fiets repareert u bij de fietsenmaker.</textarea>"),
                "the last reply is ready to suggest");

        HttpResponse<String> sent = tolk.post("/console/conversations/" + id + "/suggest", Map.of(
                "question", "Waar laat ik mijn fiets repareren?",
                "answer", "Een fiets repareert u bij de fietsenmaker.", "topic", ""));
        assertEquals(303, sent.statusCode());
        assertTrue(sent.headers().firstValue("Location").orElseThrow().contains("notice=suggested"));
        FaqSuggestion filed = suggestions.open().stream().filter(s -> java.util.Objects.equals(s.staffId(), account.id())).findFirst()
                .orElseThrow();
        assertEquals("nl", filed.language());
        assertEquals("Waar laat ik mijn fiets repareren?", filed.question());
        assertEquals(null, filed.topic());
        assertTrue(audit.findByEscalationId(id).stream().anyMatch(a -> "FAQ_SUGGESTED".equals(a.action())));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndNothingChanges() {
        long id = escalate(LOW_CONFIDENCE, "nl");
        ConsoleSession tolk = tolk("nl");
        tolk.get("/console/conversations/" + id);
        assertEquals(403, tolk.postRaw("/console/conversations/" + id + "/claim", Map.of()).statusCode());
        assertEquals(403, tolk.postRaw("/console/conversations/" + id + "/claim", Map.of("_csrf", "forged"))
                .statusCode());
        assertEquals(EscalationState.OPEN, state(id));
        assertEquals(303, tolk.post("/console/conversations/" + id + "/claim", Map.of()).statusCode());
        assertEquals(EscalationState.CLAIMED, state(id));
    }

    @Test
    void residentTextIsEscapedAndArabicIsRightToLeft() {
        ChatClient resident = resident();
        resident.say("<script>alert(1)</script> مرحبا أريد التحدث مع شخص", "ar");
        resident.press("person");
        long id = resident.escalationId();
        ConsoleSession tolk = tolk("ar");
        String page = tolk.get("/console/conversations/" + id).body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>alert(1)"), "never as markup");
        assertTrue(page.contains("lang=\"ar\" dir=\"rtl\""), "Arabic resident text is right-to-left");
    }

    @Test
    void theJsonStaffApiStillWorksBesideTheConsole() {
        long id = escalate(LOW_CONFIDENCE, "ti");
        StaffClient api = StaffClient.create(http.toBlocking(), context, "TOLK", List.of("ti"));
        assertEquals(200, api.claim(id));
        assertEquals(200, api.reply(id, "ሰላም"));
        ConsoleSession tolk = tolk("ti");
        String page = tolk.get("/console/conversations/" + id).body();
        assertTrue(page.contains("ሰላም"), "the API's reply shows in the console");
        assertFalse(page.contains("id=\"reply-form\""));
    }
}
