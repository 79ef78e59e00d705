package nl.selam.bot.console.faq;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.faq.FaqForm;
import nl.selam.bot.faq.FaqSuggestion;
import nl.selam.bot.faq.FaqSuggestions;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The FAQ screens over real HTTP: drafts do not reach residents, publishing does at once and survives a restart,
 * status per language, history with diff and roll back, validation, roles and CSRF, and the tolk's task flow.
 * The in-memory database is shared by every test class of this JVM, so each test works on its own topic and puts the
 * shipped text back (a roll back to r0) at the end.
 */
@MicronautTest(transactional = false)
class FaqConsoleTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    LiveEngine engine;

    @Inject
    DatabaseRows rows;

    @Inject
    FaqSuggestions suggestions;

    @Inject
    @Client("/")
    HttpClient client;

    private ConsoleSession redacteur() {
        StaffAccount account = accounts.create(StaffRole.REDACTEUR, "nl");
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    private ConsoleSession login(StaffAccount account) {
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    private Map<String, Object> ask(String text, String language) {
        BlockingHttpClient http = client.toBlocking();
        return http.retrieve(HttpRequest.POST("/api/ask", Map.of("text", text, "language", language)),
                Argument.mapOf(String.class, Object.class));
    }

    private FaqEntry shipped(String topic) {
        return engine.shipped().entry(topic).orElseThrow();
    }

    /** The editor's form for this text, with another answer. */
    static Map<String, String> form(FaqEntry entry, Language language, String answer, String action) {
        LocalizedEntry text = entry.in(language).orElseThrow();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", text.title());
        form.put("questions", String.join("\n", text.questions()));
        form.put("keywords", String.join(", ", text.keywords()));
        form.put("answer", answer);
        if (language == Language.NL) {
            form.put("sources", String.join("\n", entry.sources()));
        }
        form.put("action", action);
        return form;
    }

    private long revisions(String topic, String language) {
        return rows.count("SELECT COUNT(*) FROM faq_revision WHERE topic = ? AND language = ?", topic, language);
    }

    private void restore(ConsoleSession session, String topic, String language) {
        assertEquals(303, session.post("/console/faq/" + topic + "/" + language + "/rollback/0", Map.of())
                .statusCode());
    }

    @Test
    void aDraftDoesNotChangeTheAnswerPublishingDoesAtOnceAndARestartKeepsIt() {
        String topic = "zorg.tandarts";
        FaqEntry entry = shipped(topic);
        String question = entry.in(Language.NL).orElseThrow().questions().get(0);
        Map<String, Object> before = ask(question, "nl");
        assertEquals(topic, before.get("topic"), "precondition: the question finds its topic");
        ConsoleSession editor = redacteur();
        assertEquals(200, editor.get("/console/faq/" + topic).statusCode());

        String draft = "Concepttekst DRAFTMARKER. Meer op https://www.rijksoverheid.nl";
        assertEquals(303, editor.post("/console/faq/" + topic + "/nl", form(entry, Language.NL, draft, "draft"))
                .statusCode());
        assertFalse(String.valueOf(ask(question, "nl").get("answer")).contains("DRAFTMARKER"));
        assertTrue(editor.get("/console/faq/" + topic).body().contains("DRAFTMARKER"), "the editor shows the draft");

        String published = "Bel de tandarts. PUBLISHMARKER bij {gemeente.naam}. Meer op https://www.rijksoverheid.nl";
        HttpResponse<String> publish = editor.post("/console/faq/" + topic + "/nl",
                form(entry, Language.NL, published, "publish"));
        assertEquals(303, publish.statusCode());
        Map<String, Object> after = ask(question, "nl");
        assertEquals(topic, after.get("topic"));
        String answer = String.valueOf(after.get("answer"));
        assertTrue(answer.contains("PUBLISHMARKER"), answer);
        assertFalse(answer.contains("{gemeente.naam}"), "placeholders are filled: " + answer);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'FAQ_PUBLISHED' AND detail = ?"
                + " AND id = (SELECT MAX(id) FROM audit_entry WHERE detail = ?)", topic + "/nl", topic + "/nl"));

        // A restart: a second application on the same database builds its engine at start-up from the shipped
        // content and the published revisions, and answers over HTTP with the published text.
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient http = HttpClient.create(restarted.getURL())) {
            Map<String, Object> again = http.toBlocking().retrieve(HttpRequest.POST("/api/ask",
                    Map.of("text", question, "language", "nl")), Argument.mapOf(String.class, Object.class));
            assertTrue(String.valueOf(again.get("answer")).contains("PUBLISHMARKER"), again.toString());
        }

        restore(editor, topic, "nl");
        assertFalse(String.valueOf(ask(question, "nl").get("answer")).contains("PUBLISHMARKER"));
        assertEquals(entry.in(Language.NL).orElseThrow().answer(),
                engine.current().knowledgeBase().entry(topic).orElseThrow().in(Language.NL).orElseThrow().answer());
    }

    @Test
    void statusPerLanguageFollowsTheDutchText() {
        String topic = "loket.klacht";
        FaqEntry entry = shipped(topic);
        ConsoleSession editor = redacteur();
        String list = editor.get("/console/faq?q=" + topic).body();
        for (String lang : new String[] {"nl", "ar", "ti", "en"}) {
            assertTrue(list.contains("data-lang=\"" + lang + "\" data-status=\"REVIEWED\""), lang + ": " + list);
        }
        String changed = entry.in(Language.NL).orElseThrow().answer() + " Extra zin.";
        assertEquals(303, editor.post("/console/faq/" + topic + "/nl", form(entry, Language.NL, changed, "publish"))
                .statusCode());
        list = editor.get("/console/faq?q=" + topic).body();
        assertTrue(list.contains("data-lang=\"nl\" data-status=\"REVIEWED\""));
        for (String lang : new String[] {"ar", "ti", "en"}) {
            assertTrue(list.contains("data-lang=\"" + lang + "\" data-status=\"OUTDATED\""), lang);
        }
        // filters: outdated Arabic lists it, missing Arabic does not
        assertTrue(editor.get("/console/faq?status=OUTDATED&language=ar").body().contains(">" + topic + "<"));
        assertFalse(editor.get("/console/faq?status=MISSING&language=ar").body().contains(">" + topic + "<"));

        // a redacteur marks Tigrinya reviewed; publishing English makes it current too
        assertEquals(303, editor.post("/console/faq/" + topic + "/ti/reviewed", Map.of()).statusCode());
        assertEquals(303, editor.post("/console/faq/" + topic + "/en", form(entry, Language.EN,
                entry.in(Language.EN).orElseThrow().answer(), "publish")).statusCode());
        list = editor.get("/console/faq?q=" + topic).body();
        assertTrue(list.contains("data-lang=\"ti\" data-status=\"REVIEWED\""));
        assertTrue(list.contains("data-lang=\"en\" data-status=\"REVIEWED\""));
        assertTrue(list.contains("data-lang=\"ar\" data-status=\"OUTDATED\""));

        restore(editor, topic, "nl");
        restore(editor, topic, "en");
        for (String lang : new String[] {"ar", "ti", "en"}) {
            editor.post("/console/faq/" + topic + "/" + lang + "/reviewed", Map.of());
        }
    }

    @Test
    void historyShowsWhoAndADiffAndRollBackPublishesAnOldRevisionAgain() {
        String topic = "werk.diploma";
        FaqEntry entry = shipped(topic);
        String question = entry.in(Language.NL).orElseThrow().questions().get(0);
        assertEquals(topic, ask(question, "nl").get("topic"), "precondition");
        ConsoleSession editor = redacteur();
        String first = "Eerste versie ALPHA. Meer op https://www.idw.nl";
        String second = "Eerste versie ALPHA. Tweede zin BETA. Meer op https://www.idw.nl";
        editor.post("/console/faq/" + topic + "/nl", form(entry, Language.NL, first, "publish"));
        long firstId = rows.count("SELECT MAX(id) FROM faq_revision WHERE topic = ? AND language = 'nl'", topic);
        editor.post("/console/faq/" + topic + "/nl", form(entry, Language.NL, second, "publish"));
        assertTrue(String.valueOf(ask(question, "nl").get("answer")).contains("BETA"));

        String history = editor.get("/console/faq/" + topic + "/nl/history").body();
        assertTrue(history.contains("class=\"add\">+ Tweede zin BETA."), history);
        assertTrue(history.contains("r" + firstId));
        assertTrue(history.contains("redacteur-"), "the author's name is shown");

        assertEquals(303, editor.post("/console/faq/" + topic + "/nl/rollback/" + firstId, Map.of()).statusCode());
        String answer = String.valueOf(ask(question, "nl").get("answer"));
        assertTrue(answer.contains("ALPHA") && !answer.contains("BETA"), answer);
        history = editor.get("/console/faq/" + topic + "/nl/history").body();
        assertTrue(history.contains("(rollback:" + firstId + ")"), history);
        assertTrue(history.contains("class=\"del\">- Tweede zin BETA."), history);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'FAQ_ROLLED_BACK' AND detail = ?",
                topic + "/nl"));

        restore(editor, topic, "nl");
        assertEquals(entry.in(Language.NL).orElseThrow().answer(), engine.current().knowledgeBase().entry(topic)
                .orElseThrow().in(Language.NL).orElseThrow().answer());
    }

    @Test
    void everyScreenHasAllItsTextsInDutchAndEnglish() {
        ConsoleSession editor = redacteur();
        for (String language : new String[] {"nl", "en"}) {
            editor.get("/console/language/" + language + "?back=/console/faq");
            for (String path : new String[] {"/console/faq", "/console/faq/zorg.spoed",
                    "/console/faq/zorg.spoed/ar/history", "/console/faq/suggestions"}) {
                HttpResponse<String> page = editor.get(path);
                assertEquals(200, page.statusCode(), path);
                assertFalse(page.body().contains("??"), language + " " + path + " misses a text: " + page.body());
            }
        }
        assertTrue(editor.get("/console/faq").body().contains("Search title or id"));
        assertEquals(404, editor.get("/console/faq/no.such-topic").statusCode());
    }

    @Test
    void theLargestFormAllowedInGeezFitsUnderTheRequestLimit() {
        String topic = "zorg.psychisch";
        FaqEntry entry = shipped(topic);
        ConsoleSession editor = redacteur();
        editor.get("/console/faq/" + topic);
        String ethiopic = "ሰላም";
        Map<String, String> form = form(entry, Language.TI, "መ".repeat(FaqForm.MAX_ANSWER), "draft");
        form.put("title", "ሰ".repeat(FaqForm.MAX_TITLE));
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < FaqForm.MAX_QUESTIONS; i++) {
            questions.append(ethiopic.repeat(FaqForm.MAX_QUESTIONS_TOTAL / FaqForm.MAX_QUESTIONS / 3)).append(i)
                    .append('\n');
        }
        form.put("questions", questions.toString());
        form.put("keywords", "ቃ".repeat(FaqForm.MAX_KEYWORDS));
        long before = revisions(topic, "ti");
        assertEquals(303, editor.post("/console/faq/" + topic + "/ti", form).statusCode());
        assertEquals(before + 1, revisions(topic, "ti"));
        // one question too many is refused with a message, not by the size limit
        form.put("questions", questions + "ሓንቲ ተወሳኺት?");
        HttpResponse<String> refused = editor.post("/console/faq/" + topic + "/ti", form);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Hoogstens " + FaqForm.MAX_QUESTIONS + " vraagvarianten."), refused.body());
    }

    @Test
    void anUnknownPlaceholderIsRefusedWithAClearMessageAndNothingIsStored() {
        String topic = "zorg.zwangerschap";
        FaqEntry entry = shipped(topic);
        ConsoleSession editor = redacteur();
        editor.get("/console/faq/" + topic);
        long before = revisions(topic, "ar");
        HttpResponse<String> refused = editor.post("/console/faq/" + topic + "/ar", form(entry, Language.AR,
                "اتصل بـ {gemeente.email} https://www.rijksoverheid.nl", "publish"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Onbekende plaatshouder (alleen gemeente.naam, gemeente.telefoon en "
                + "gemeente.website bestaan, tussen accolades): {gemeente.email}</li>"), refused.body());
        assertTrue(refused.body().contains("{gemeente.email} https://www.rijksoverheid.nl</textarea>"), "the text typed is kept");
        assertEquals(before, revisions(topic, "ar"));
    }

    @Test
    void tolkenAreRefusedOnTheEditorAndFormsWithoutTheTokenAreRefused() {
        String topic = "zorg.zwangerschap";
        FaqEntry entry = shipped(topic);
        for (StaffRole role : new StaffRole[] {StaffRole.TOLK, StaffRole.SLEUTELPERSOON}) {
            ConsoleSession refusedOne = login(accounts.create(role, "ti"));
            HttpResponse<String> response = refusedOne.get("/console/faq/" + topic);
            assertTrue(response.statusCode() == 403 || response.headers().firstValue("Location").orElse("")
                    .startsWith("/console/forbidden"), role + " gave " + response.statusCode());
        }
        ConsoleSession tolk = login(accounts.create(StaffRole.TOLK, "ti"));
        for (String path : new String[] {"/console/faq", "/console/faq/" + topic, "/console/faq/suggestions",
                "/console/faq/" + topic + "/ti/history"}) {
            HttpResponse<String> response = tolk.get(path);
            boolean refused = response.statusCode() == 403 || (response.statusCode() == 303 && response.headers()
                    .firstValue("Location").orElse("").startsWith("/console/forbidden"));
            assertTrue(refused, path + " gave " + response.statusCode());
        }
        assertEquals(403, tolk.get("/console/forbidden").statusCode());
        long before = revisions(topic, "ti");
        HttpResponse<String> post = tolk.post("/console/faq/" + topic + "/ti", form(entry, Language.TI, "x", "publish"));
        assertTrue(post.statusCode() == 403 || post.statusCode() == 303, "tolk publish: " + post.statusCode());
        assertEquals(before, revisions(topic, "ti"));

        ConsoleSession editor = redacteur();
        editor.get("/console/faq/" + topic);
        assertEquals(403, editor.postRaw("/console/faq/" + topic + "/nl", form(entry, Language.NL,
                "Zonder token. https://www.rijksoverheid.nl", "publish")).statusCode());
        assertEquals(before, revisions(topic, "ti"));
        assertEquals(0, revisions(topic, "nl"));
    }

    @Test
    void aTolkTranslatesOnlyTheirTaskAndTheRedacteurPublishesIt() {
        String topic = "onderwijs.studie";
        FaqEntry entry = shipped(topic);
        String question = entry.in(Language.TI).orElseThrow().questions().get(0);
        assertEquals(topic, ask(question, "ti").get("topic"), "precondition");
        StaffAccount tolkAccount = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession editor = redacteur();
        editor.get("/console/faq/" + topic);
        assertEquals(303, editor.post("/console/faq/" + topic + "/ti/task", Map.of("kind", "TRANSLATE",
                "assignee", String.valueOf(tolkAccount.id()))).statusCode());
        long taskId = rows.count("SELECT MAX(id) FROM faq_task WHERE assignee_id = ?", tolkAccount.id());
        // an Arabic tolk cannot be given a Tigrinya task
        StaffAccount arabic = accounts.create(StaffRole.TOLK, "ar");
        assertEquals(400, editor.post("/console/faq/" + topic + "/ti/task", Map.of("kind", "TRANSLATE",
                "assignee", String.valueOf(arabic.id()))).statusCode());

        ConsoleSession tolk = login(tolkAccount);
        String tasks = tolk.get("/console/tasks").body();
        assertTrue(tasks.contains("/console/tasks/" + taskId), tasks);
        HttpResponse<String> page = tolk.get("/console/tasks/" + taskId);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(entry.in(Language.NL).orElseThrow().answer().substring(0, 30)),
                "the Dutch text is shown as reference");
        assertEquals(403, login(arabic).get("/console/tasks/" + taskId).statusCode());

        String newAnswer = "ሓድሽ መልሲ TASKMARKER። https://www.duo.nl";
        Map<String, String> submission = form(entry, Language.TI, newAnswer, "publish");
        assertEquals(303, tolk.post("/console/tasks/" + taskId, submission).statusCode());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM faq_task WHERE id = ? AND state = 'DONE' AND revision_id IS "
                + "NOT NULL", taskId));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM faq_revision WHERE topic = ? AND language = 'ti' AND state ="
                + " 'DRAFT' AND note = ?", topic, "task:" + taskId));
        assertFalse(String.valueOf(ask(question, "ti").get("answer")).contains("TASKMARKER"),
                "a tolk's submission is a draft: residents do not get it yet");
        assertEquals(400, tolk.post("/console/tasks/" + taskId, submission).statusCode(), "a done task is closed");

        String editorPage = editor.get("/console/faq/" + topic).body();
        assertTrue(editorPage.contains("TASKMARKER"), "the redacteur sees the draft in the editor");
        assertEquals(303, editor.post("/console/faq/" + topic + "/ti", form(entry, Language.TI, newAnswer, "publish"))
                .statusCode());
        assertTrue(String.valueOf(ask(question, "ti").get("answer")).contains("TASKMARKER"));

        restore(editor, topic, "ti");
        assertFalse(String.valueOf(ask(question, "ti").get("answer")).contains("TASKMARKER"));
    }

    @Test
    void aSuggestionPrefillsTheEditorAndIsClosedWhenUsed() {
        String topic = "zorg.kinderen";
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ar");
        FaqSuggestion s = suggestions.submit(tolk, "ar", topic, "سؤال مقترح SUGGESTMARKER؟", "جواب مقترح.");
        FaqSuggestion other = suggestions.submit(tolk, "ar", null, "سؤال آخر؟", "جواب آخر.");
        ConsoleSession editor = redacteur();
        String inbox = editor.get("/console/faq/suggestions").body();
        assertTrue(inbox.contains("SUGGESTMARKER"), inbox);
        HttpResponse<String> use = editor.get("/console/faq/suggestions/" + s.id() + "/use?topic=" + topic
                + "&use=question");
        assertEquals(303, use.statusCode());
        String location = use.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/console/faq/" + topic + "?suggestion=" + s.id()), location);
        String page = editor.get(location.replaceAll("#.*", "")).body();
        Matcher questions = Pattern.compile("(?s)id=\"lang-ar\".*?<textarea name=\"questions\"[^>]*>(.*?)</textarea>")
                .matcher(page);
        assertTrue(questions.find());
        assertTrue(questions.group(1).contains("SUGGESTMARKER"), "the question is added as a variant");

        assertEquals(303, editor.post("/console/faq/suggestions/" + other.id() + "/dismiss", Map.of()).statusCode());
        assertEquals("DISMISSED", suggestions.find(other.id()).orElseThrow().state());

        FaqEntry entry = shipped(topic);
        Map<String, String> form = form(entry, Language.AR, entry.in(Language.AR).orElseThrow().answer(), "draft");
        form.put("questions", form.get("questions") + "\nسؤال مقترح SUGGESTMARKER؟");
        form.put("suggestion", String.valueOf(s.id()));
        assertEquals(303, editor.post("/console/faq/" + topic + "/ar", form).statusCode());
        assertEquals("USED", suggestions.find(s.id()).orElseThrow().state());
        assertFalse(editor.get("/console/faq/suggestions").body().contains("SUGGESTMARKER"));
    }
}
