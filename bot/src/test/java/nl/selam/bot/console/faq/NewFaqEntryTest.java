package nl.selam.bot.console.faq;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.faq.FaqSuggestion;
import nl.selam.bot.faq.FaqSuggestions;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * New FAQ entries over real HTTP: created as a Dutch draft, published, answered by {@code /api/ask} at once, never
 * given to a resident in a language the entry lacks, listed with the missing languages, exported, and refused for
 * bad ids, tolken and forms without the token. Every entry gets its own made-up id and words: published entries
 * stay in the shared in-memory database, and must not catch other tests' questions.
 */
@MicronautTest(transactional = false)
class NewFaqEntryTest {

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

    /** Lower-case letters nobody else uses: a made-up word and a unique id. */
    static String nonce() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    private ConsoleSession login(StaffAccount account) {
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    private ConsoleSession redacteur() {
        return login(accounts.create(StaffRole.REDACTEUR, "nl"));
    }

    private Map<String, Object> ask(String text, String language) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/ask", Map.of("text", text, "language", language)),
                Argument.mapOf(String.class, Object.class));
    }

    private long revisions(String topic) {
        return rows.count("SELECT COUNT(*) FROM faq_revision WHERE topic = ?", topic);
    }

    private static Map<String, String> newEntry(String topic, String title, String question, String language) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("topic", topic);
        form.put("title", title);
        form.put("question", question);
        form.put("language", language);
        return form;
    }

    @Test
    void aNewEntryIsCreatedAsADraftPublishedInDutchAndAnsweredAtOnceButNeverInALanguageItLacks() {
        String word = "zwemkaart" + nonce();
        String topic = "wonen." + word;
        String question = "Waar vraag ik de " + word + " voor het Kolkbad aan?";
        String title = "De " + word + " van het Kolkbad";
        ConsoleSession editor = redacteur();

        // the form, prefilled as the unanswered page links to it
        HttpResponse<String> form = editor.get("/console/faq/new?language=nl&question="
                + URLEncoder.encode(question, StandardCharsets.UTF_8));
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("value=\"" + question + "\""), form.body());
        assertTrue(form.body().contains("<option value=\"nl\" selected=\"selected\">"), form.body());

        HttpResponse<String> created = editor.post("/console/faq/new", newEntry(topic, title, question, "nl"));
        assertEquals(303, created.statusCode(), created.body());
        assertEquals("/console/faq/" + topic + "?saved=created-nl#lang-nl",
                created.headers().firstValue("Location").orElseThrow());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM faq_revision WHERE topic = ? AND language = 'nl' AND state"
                + " = 'DRAFT' AND title = ? AND questions = ? AND answer = ''", topic, title, question));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'FAQ_CREATED' AND detail = ?",
                topic));
        String page = editor.get("/console/faq/" + topic + "?saved=created-nl").body();
        assertTrue(page.contains("<h1>" + title + "</h1>"), page);
        assertTrue(page.contains("Het item is aangemaakt als concept."), page);
        assertTrue(page.contains("nog niet gepubliceerd"), page);
        assertNotEquals(topic, ask(question, "nl").get("topic"), "a draft does not reach residents");

        // the existing publish checks: no answer, no source; and a translation waits for the Dutch text
        Map<String, String> dutch = new LinkedHashMap<>();
        dutch.put("title", title);
        dutch.put("questions", question + "\nHoe krijg ik een " + word + "?");
        dutch.put("keywords", word + ", Kolkbad");
        dutch.put("answer", "");
        dutch.put("sources", "");
        dutch.put("action", "publish");
        HttpResponse<String> empty = editor.post("/console/faq/" + topic + "/nl", dutch);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Vul een antwoord in.") && empty.body().contains("Geef minstens één bron"),
                empty.body());
        Map<String, String> arabic = new LinkedHashMap<>(dutch);
        arabic.remove("sources");
        arabic.put("title", "بطاقة السباحة");
        arabic.put("questions", "كيف أحصل على " + word + "؟");
        arabic.put("answer", "اطلبها في البلدية.");
        HttpResponse<String> early = editor.post("/console/faq/" + topic + "/ar", arabic);
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains("Publiceer eerst de Nederlandse tekst"), early.body());
        assertEquals(1, revisions(topic), "nothing stored");
        // the empty draft cannot be rolled back to either
        long first = rows.count("SELECT MIN(id) FROM faq_revision WHERE topic = ?", topic);
        assertEquals(400, editor.post("/console/faq/" + topic + "/nl/rollback/" + first, Map.of()).statusCode());

        String marker = "KOLKBADMARKER";
        dutch.put("answer", "U vraagt de " + word + " aan bij " + "{gemeente.naam}. " + marker + ".");
        dutch.put("sources", "https://www.rijksoverheid.nl");
        assertEquals(303, editor.post("/console/faq/" + topic + "/nl", dutch).statusCode());

        Map<String, Object> answer = ask(question, "nl");
        assertEquals(topic, answer.get("topic"), answer.toString());
        assertEquals("ANSWER", answer.get("outcome"));
        String text = String.valueOf(answer.get("answer"));
        assertTrue(text.contains(marker) && !text.contains("{gemeente.naam}"), text);
        FaqEntry entry = engine.current().knowledgeBase().entry(topic).orElseThrow();
        assertEquals("wonen", entry.category());
        assertEquals(java.util.List.of("https://www.rijksoverheid.nl"), entry.sources());
        assertEquals(java.util.Set.of(Language.NL), entry.texts().keySet());

        // a resident who chose Tigrinya: the entry has no Tigrinya text, so it is not the answer, and the answer is
        // never empty (the Dutch sentence is searched in Dutch, then handed to a person)
        Map<String, Object> chosenTigrinya = ask(question, "ti");
        assertNotEquals(topic, chosenTigrinya.get("topic"), chosenTigrinya.toString());
        String handOver = String.valueOf(chosenTigrinya.get("answer"));
        assertFalse(handOver.isBlank() || handOver.contains(marker), chosenTigrinya.toString());
        assertEquals("ti", chosenTigrinya.get("language"));
        Map<String, Object> tigrinya = ask("ናይ " + word + " ካርድ ካበይ ይርከብ?", "ti");
        assertNotEquals(topic, tigrinya.get("topic"), tigrinya.toString());
        assertFalse(String.valueOf(tigrinya.get("answer")).isBlank(), tigrinya.toString());

        // the list: Dutch reviewed, the other languages missing; a translation can now be published
        String list = editor.get("/console/faq?q=" + word).body();
        assertTrue(list.contains(">" + topic + "<"), list);
        assertTrue(list.contains("data-lang=\"nl\" data-status=\"REVIEWED\""), list);
        for (String lang : new String[] {"ar", "ti", "en"}) {
            assertTrue(list.contains("data-lang=\"" + lang + "\" data-status=\"MISSING\""), lang + ": " + list);
        }
        assertEquals(200, editor.get("/console/faq/" + topic + "/nl/history").statusCode());
        assertEquals(200, editor.get("/console/faq/" + topic + "/ti/history").statusCode());

        // translation work and the suggestions' topic picker know it too
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        editor.get("/console/faq/" + topic);
        assertEquals(303, editor.post("/console/faq/" + topic + "/ti/task", Map.of("kind", "TRANSLATE",
                "assignee", String.valueOf(tolk.id()))).statusCode());
        assertTrue(login(tolk).get("/console/tasks").body().contains(title));
        FaqSuggestion s = suggestions.submit(tolk, "ti", null, "ሕቶ " + word + "?", "መልሲ።");
        assertTrue(editor.get("/console/faq/suggestions").body().contains("<option value=\"" + topic + "\""));
        suggestions.close(s.id(), FaqSuggestion.DISMISSED);

        // the export writes it as a content file
        HttpResponse<String> zip = editor.get("/console/export/faq.zip");
        assertEquals(200, zip.statusCode());
        assertTrue(zip.body().contains("faq/" + topic + ".yaml"), "the export has the new entry");
    }

    @Test
    void badIdsAreRefusedWithAClearMessageAndNothingIsStored() {
        ConsoleSession editor = redacteur();
        String word = "zwemkaart" + nonce();
        editor.get("/console/faq/new");
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("zorg.tandarts", "Dit id bestaat al.");
        refusals.put("sport." + word, "Onbekende categorie. Kies een van: bot, geld, gezin, inburgering, juridisch,"
                + " loket, onderwijs, werk, wonen, zorg.");
        refusals.put("new", "Het id is categorie.naam");
        refusals.put("wonen." + word.toUpperCase(), "Het id is categorie.naam");
        refusals.put("Wonen." + word, "Het id is categorie.naam");
        refusals.put("wonen.zwem " + word, "Het id is categorie.naam");
        refusals.put("wonen." + word + "-", "Het id is categorie.naam");
        refusals.put("", "Vul een id in.");
        long audits = rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'FAQ_CREATED'");
        for (Map.Entry<String, String> e : refusals.entrySet()) {
            HttpResponse<String> refused = editor.post("/console/faq/new", newEntry(e.getKey(), "Titel", "Vraag?",
                    "nl"));
            assertEquals(400, refused.statusCode(), e.getKey());
            assertTrue(refused.body().contains(e.getValue()), e.getKey() + ": " + refused.body());
            assertTrue(refused.body().contains("id=\"new-problems\""), e.getKey());
            assertEquals(0, revisions(e.getKey().strip()), e.getKey());
        }
        assertEquals(0, rows.count("SELECT COUNT(*) FROM faq_revision WHERE topic LIKE ?", "%" + word + "%"));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM faq_revision WHERE topic = 'zorg.tandarts' AND note = "
                + "'created'"));
        // the refused form keeps what was typed
        HttpResponse<String> noTitle = editor.post("/console/faq/new", newEntry("wonen." + word, " ", "Mijn vraag?",
                "ar"));
        assertEquals(400, noTitle.statusCode());
        assertTrue(noTitle.body().contains("Vul een titel in.") && noTitle.body().contains("Mijn vraag?"));
        assertEquals(0, revisions("wonen." + word));

        // an id created once is taken after that, and a first question in another language is a draft of that one
        assertEquals(303, editor.post("/console/faq/new", newEntry("wonen." + word, "Titel", "كيف أسبح؟", "ar"))
                .statusCode());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM faq_revision WHERE topic = ? AND language = 'ar' AND "
                + "questions = ? AND state = 'DRAFT'", "wonen." + word, "كيف أسبح؟"));
        HttpResponse<String> again = editor.post("/console/faq/new", newEntry("wonen." + word, "Ander", "", "nl"));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("Dit id bestaat al."));
        assertEquals(2, revisions("wonen." + word));
        assertEquals(audits + 1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'FAQ_CREATED'"));
        assertEquals(200, editor.get("/console/faq/new").statusCode(), "the literal route wins over /{topic}");
    }

    @Test
    void tolkenAreRefusedAndAFormWithoutTheTokenIsRefused() {
        String topic = "wonen.zwemkaart" + nonce();
        for (StaffRole role : new StaffRole[] {StaffRole.TOLK, StaffRole.SLEUTELPERSOON}) {
            ConsoleSession tolk = login(accounts.create(role, "ti"));
            HttpResponse<String> get = tolk.get("/console/faq/new");
            assertTrue(get.statusCode() == 403 || (get.statusCode() == 303 && get.headers().firstValue("Location")
                    .orElse("").startsWith("/console/forbidden")), role + " GET gave " + get.statusCode());
            HttpResponse<String> post = tolk.post("/console/faq/new", newEntry(topic, "Titel", "", "nl"));
            assertTrue(post.statusCode() == 403 || (post.statusCode() == 303 && post.headers().firstValue("Location")
                    .orElse("").startsWith("/console/forbidden")), role + " POST gave " + post.statusCode());
        }
        ConsoleSession editor = redacteur();
        editor.get("/console/faq/new");
        assertEquals(403, editor.postRaw("/console/faq/new", newEntry(topic, "Titel", "", "nl")).statusCode());
        assertEquals(0, revisions(topic));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'FAQ_CREATED' AND detail = ?",
                topic));
    }

    @Test
    void theFormAndTheNewEntryHaveAllTheirTextsInDutchAndEnglish() {
        ConsoleSession editor = redacteur();
        String topic = "zorg.zwemkaart" + nonce();
        editor.get("/console/faq/new");
        assertEquals(303, editor.post("/console/faq/new", newEntry(topic, "Titel", "", "nl")).statusCode());
        for (String language : new String[] {"nl", "en"}) {
            editor.get("/console/language/" + language + "?back=/console/faq");
            for (String path : new String[] {"/console/faq/new", "/console/faq/" + topic + "?saved=created-nl",
                    "/console/faq/" + topic + "/nl/history", "/console/faq"}) {
                HttpResponse<String> page = editor.get(path);
                assertEquals(200, page.statusCode(), path);
                assertFalse(page.body().contains("??"), language + " " + path + ": " + page.body());
            }
        }
        assertTrue(editor.get("/console/faq").body().contains(">New entry<"));
        editor.get("/console/language/nl?back=/console/faq");
    }
}
