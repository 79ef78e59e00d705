package nl.selam.bot.console.insight;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.feedback.FeedbackService;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test box, the unanswered questions and the feedback counts, over real HTTP with console logins; run on H2
 * ({@link H2InsightPagesTest}) and PostgreSQL ({@link PostgresInsightPagesTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InsightPagesContract implements TestPropertyProvider {

    private static final Pattern GROUP = Pattern.compile("<article class=\"card insight-group\"[^>]*data-count=\"(\\d+)\""
            + "[^>]*>(.*?)</article>", Pattern.DOTALL);

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    DatabaseRows rows;

    @Inject
    FeedbackService feedback;

    private ConsoleSession login(StaffRole role, String... languages) {
        StaffAccount account = accounts.create(role, languages);
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    private ChatClient resident() {
        return new ChatClient(http.toBlocking());
    }

    /** A made-up word no FAQ text has, so the test's questions are its own and Selam cannot answer them. */
    private static String nonce() {
        StringBuilder word = new StringBuilder("zorblat");
        for (char c : UUID.randomUUID().toString().substring(0, 8).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    @Override
    public Map<String, String> getProperties() {
        return new java.util.HashMap<>();
    }

    @Test
    void givenADutchQuestion_thenTheTestBoxShowsLanguageOutcomeConfidenceAndWhyAndStoresNothing() {
        ConsoleSession redacteur = login(StaffRole.REDACTEUR, "nl");
        assertEquals(200, redacteur.get("/console/testbox").statusCode());
        long messages = rows.totalMessages();
        long conversations = rows.count("SELECT COUNT(*) FROM conversation");
        long residents = rows.count("SELECT COUNT(*) FROM resident");

        String page = flat(redacteur.post("/console/testbox", Map.of("text", "Hoe vind ik een huisarts?",
                "language", "")).body());

        assertTrue(page.contains("data-code=\"nl\""), page);
        assertTrue(page.contains(">ANSWER<"), page);
        assertTrue(Pattern.compile("class=\"confidence\">0,\\d{3}<").matcher(page).find(), page);
        assertTrue(page.contains("data-topic=\"zorg.huisarts\""), page);
        assertTrue(page.contains("<code class=\"insight-term\">huisart"), "matched words are shown: " + page);
        assertTrue(page.contains("vraagvariant"), page);
        assertTrue(page.contains("id=\"testbox-answer\" lang=\"nl\" dir=\"ltr\""), page);
        assertEquals(messages, rows.totalMessages());
        assertEquals(conversations, rows.count("SELECT COUNT(*) FROM conversation"));
        assertEquals(residents, rows.count("SELECT COUNT(*) FROM resident"));
    }

    @Test
    void givenATigrinyaQuestion_thenTheTestBoxDetectsTigrinyaAndShowsTheCandidates() {
        ConsoleSession redacteur = login(StaffRole.BEHEERDER, "nl");
        redacteur.get("/console/testbox");
        long messages = rows.totalMessages();

        String page = flat(redacteur.post("/console/testbox", Map.of("text", "ሓኪም ስድራ ከመይ ጌረ ይረክብ?",
                "language", "")).body());

        assertTrue(page.contains("data-code=\"ti\""), page);
        assertTrue(page.contains("class=\"badge outcome"), page);
        assertTrue(page.contains("data-topic=\"zorg.huisarts\""), page);
        assertTrue(page.contains("id=\"testbox-answer\" lang=\"ti\""), page);
        assertEquals(messages, rows.totalMessages());
    }

    @Test
    void givenAnArabicQuestion_thenTheAnswerIsRightToLeft() {
        ConsoleSession redacteur = login(StaffRole.REDACTEUR, "ar");
        redacteur.get("/console/testbox");
        String page = flat(redacteur.post("/console/testbox", Map.of("text", "كيف أجد طبيب عائلة؟",
                "language", "ar")).body());
        assertTrue(page.contains("id=\"testbox-answer\" lang=\"ar\" dir=\"rtl\""), page);
        assertTrue(page.contains("<option value=\"ar\" selected=\"selected\">"), page);
    }

    @Test
    void givenAnEmptyOrUnknownLanguage_thenTheTestBoxSaysSo() {
        ConsoleSession redacteur = login(StaffRole.REDACTEUR, "nl");
        redacteur.get("/console/testbox");
        assertTrue(redacteur.post("/console/testbox", Map.of("text", "  ", "language", "")).body()
                .contains("Typ eerst een bericht"));
        assertTrue(redacteur.post("/console/testbox", Map.of("text", "hallo", "language", "xx")).body()
                .contains("Kies een taal uit de lijst"));
    }

    @Test
    void givenMarkupInTheTestBox_thenItIsShownEscaped() {
        ConsoleSession redacteur = login(StaffRole.REDACTEUR, "nl");
        redacteur.get("/console/testbox");
        String page = redacteur.post("/console/testbox", Map.of("text", "<script>alert(1)</script> huisarts",
                "language", "nl")).body();
        assertFalse(page.contains("<script>alert(1)"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; huisarts"), page);
    }

    @Test
    void givenEscalatedRewordings_thenTheUnansweredPageGroupsThemWithCountsAndExamples() {
        String word = nonce();
        String other = nonce();
        List<String> asked = List.of("Waar kan ik een " + word + " kopen?", "Ik wil een " + word + " kopen",
                word + " kopen, waar?");
        for (String text : asked) {
            ChatClient resident = resident();
            assertEquals(202, resident.say(text, "nl"));
            assertEquals("ESCALATION_OPENED", resident.received().get(0).get("kind"), "Selam escalates " + text);
        }
        assertEquals(202, resident().say("Mag mijn " + other + " mee in de bus?", "nl"));
        // a command is not a question, whatever the engine made of its text
        assertEquals(202, resident().say("/" + word + " kopen", "nl"));
        // a message while the resident already waits for a person is not a new question
        ChatClient waiting = resident();
        waiting.say("Waar kan ik een " + other + " huren?", "nl");
        waiting.say("Waar kan ik een " + other + " lenen?", "nl");

        ConsoleSession redacteur = login(StaffRole.REDACTEUR, "nl");
        HttpResponse<String> response = redacteur.get("/console/unanswered?language=nl&days=7");
        assertEquals(200, response.statusCode());
        String page = flat(response.body());

        List<String[]> groups = groups(page);
        String[] bought = only(groups, word);
        assertEquals("3", bought[0], bought[1]);
        for (String text : asked) {
            assertTrue(bought[1].contains(text), bought[1]);
        }
        assertTrue(bought[1].contains("3 naar een mens, 0 keuze"), bought[1]);
        // "new entry" opens the form with the group's language and its first example as the first question
        Matcher link = Pattern.compile("class=\"new-entry\" href=\"/console/faq/new\\?language=nl&amp;question=([^\"]+)\"")
                .matcher(bought[1]);
        assertTrue(link.find(), bought[1]);
        assertTrue(asked.contains(URLDecoder.decode(link.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8)),
                link.group(1));
        String[] others = only(groups, other);
        assertEquals("1", others[0], "the dog on the bus and the waiting resident's first question: " + others[1]);
        assertEquals(2, groups.stream().filter(g -> g[1].contains(other)).count());
        assertFalse(page.contains(other + " lenen"), "a message to a waiting person is left out");
        assertTrue(page.contains("href=\"/console/unanswered/feedback?language=nl&amp;days=7\""), page);
    }

    @Test
    void givenResidentMarkupAndArabic_thenTheUnansweredPageEscapesItAndWritesArabicRightToLeft() {
        String word = nonce();
        ChatClient resident = resident();
        resident.say("<script>alert('" + word + "')</script> وين بلاقي " + word + "؟", "ar");

        ConsoleSession redacteur = login(StaffRole.REDACTEUR, "ar");
        String page = flat(redacteur.get("/console/unanswered?language=ar&days=30").body());

        assertFalse(page.contains("<script>alert('" + word), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;" + word + "&#39;)&lt;/script&gt;"), page);
        String[] group = only(groups(page), word);
        assertTrue(group[1].contains("lang=\"ar\" dir=\"rtl\""), group[1]);
    }

    @Test
    void givenACrisisMessage_thenTheUnansweredPageCountsItWithoutItsText() {
        String word = nonce();
        String before = login(StaffRole.REDACTEUR, "nl").get("/console/unanswered?days=7").body();
        int crisisBefore = crisisCount(before);
        ChatClient resident = resident();
        resident.say("Ik wil niet meer leven " + word, "nl");
        assertEquals("CRISIS", resident.received().get(0).get("kind"));

        String page = login(StaffRole.REDACTEUR, "nl").get("/console/unanswered?days=7").body();
        assertFalse(page.contains(word), "crisis texts are never shown");
        assertEquals(crisisBefore + 1, crisisCount(page), page);
    }

    @Test
    void givenFeedbackOnAnswers_thenTheFeedbackTabCountsItPerTopicAndLanguageMostNotHelpfulFirst() {
        ConsoleSession redacteur = login(StaffRole.REDACTEUR, "nl");
        int[] before = feedbackRow(redacteur.get("/console/unanswered/feedback?language=nl&days=7").body(),
                "zorg.huisarts");
        List<Boolean> verdicts = List.of(false, false, true);
        for (boolean helpful : verdicts) {
            ChatClient resident = resident();
            resident.say("Hoe vind ik een huisarts?", "nl");
            Map<String, Object> answer = resident.received().get(0);
            assertEquals("ANSWER", answer.get("kind"));
            long id = ((Number) answer.get("id")).longValue();
            long residentId = rows.count("SELECT resident_id FROM message WHERE id = ?", id);
            assertTrue(feedback.record(residentId, id, helpful));
        }

        String page = redacteur.get("/console/unanswered/feedback?language=nl&days=7").body();

        int[] after = feedbackRow(page, "zorg.huisarts");
        assertEquals(before[0] + 2, after[0], "not helpful");
        assertEquals(before[1] + 1, after[1], "helpful");
        List<Integer> notHelpful = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"insight-num not-helpful[^\"]*\">(\\d+)<").matcher(page);
        while (m.find()) {
            notHelpful.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> sorted = new ArrayList<>(notHelpful);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, notHelpful, "most 👎 first");
        assertFalse(page.contains("data-language=\"ar\""), "the language filter holds");
    }

    @Test
    void givenATolk_thenTheInsightPagesAreForbidden() {
        ConsoleSession tolk = login(StaffRole.TOLK, "ti");
        for (String path : List.of("/console/testbox", "/console/unanswered", "/console/unanswered/feedback")) {
            HttpResponse<String> response = tolk.get(path);
            assertEquals(303, response.statusCode(), path);
            assertEquals("/console/forbidden", response.headers().firstValue("Location").orElseThrow(), path);
        }
        long messages = rows.totalMessages();
        HttpResponse<String> post = tolk.post("/console/testbox", Map.of("text", "huisarts", "language", ""));
        assertEquals("/console/forbidden", post.headers().firstValue("Location").orElseThrow());
        assertEquals(403, tolk.get("/console/forbidden").statusCode());
        assertEquals(messages, rows.totalMessages());
    }

    @Test
    void givenNoLogin_thenTheTestBoxSendsToTheLoginPage() {
        HttpResponse<String> response = new ConsoleSession(server.getURI()).get("/console/testbox");
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("/console/login"));
    }

    /** The page with every run of white space as one space, so attributes on several lines read as one. */
    private static String flat(String page) {
        return page.replaceAll("\\s+", " ");
    }

    /** Each group on the page as {count, html}. */
    private static List<String[]> groups(String page) {
        List<String[]> groups = new ArrayList<>();
        Matcher m = GROUP.matcher(page);
        while (m.find()) {
            groups.add(new String[] {m.group(1), m.group(2)});
        }
        return groups;
    }

    private static String[] only(List<String[]> groups, String word) {
        List<String[]> found = groups.stream().filter(g -> g[1].contains(word)).toList();
        assertFalse(found.isEmpty(), "no group with " + word);
        return found.get(0);
    }

    private static int crisisCount(String page) {
        Matcher m = Pattern.compile("Crisisberichten in deze periode: (\\d+)").matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** {not helpful, helpful} of a topic's row, zeros when it has none yet. */
    private static int[] feedbackRow(String page, String topic) {
        Matcher m = Pattern.compile("data-topic=\"" + Pattern.quote(topic) + "\" data-language=\"nl\">.*?"
                + "class=\"insight-num not-helpful[^\"]*\">(\\d+)<.*?class=\"insight-num helpful\">(\\d+)<", Pattern.DOTALL)
                .matcher(page);
        if (!m.find()) {
            return new int[] {0, 0};
        }
        assertNotNull(m.group(1));
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
