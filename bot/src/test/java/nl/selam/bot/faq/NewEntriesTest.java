package nl.selam.bot.faq;

import nl.selam.kb.decision.LanguageCoverage;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.content.Municipality;
import nl.selam.kb.decision.Candidate;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.decision.EscalationReason;
import nl.selam.kb.decision.Outcome;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entries created in the console, without a database: id rules, the board, the overlay and the language guard. */
class NewEntriesTest {

    private static final LocalizedEntry NL = new LocalizedEntry("Titel", List.of("vraag?"), List.of(), "Antwoord.");

    private static KnowledgeBase shipped() {
        FaqEntry person = new FaqEntry(FaqEntry.PERSON_TOPIC, "bot", LocalDate.of(2026, 1, 1), List.of(),
                Map.of(Language.NL, new LocalizedEntry("Mens", List.of("mens"), List.of(), "Een mens helpt u."),
                        Language.TI, new LocalizedEntry("ሰብ", List.of("ሰብ"), List.of(), "ሰብ ክሕግዘኩም እዩ።")));
        FaqEntry shippedEntry = new FaqEntry("zorg.huisarts", "zorg", LocalDate.of(2026, 1, 1), List.of(),
                Map.of(Language.NL, NL, Language.TI, NL));
        return new KnowledgeBase(List.of(person, shippedEntry), null, null, null,
                new Municipality("Ede", "0318", "https://ede.nl"), Map.of());
    }

    private final List<FaqRevision> revisions = new ArrayList<>();
    private long ids = 0;

    private void add(String topic, String language, String answer, String state, String sources) {
        revisions.add(new FaqRevision(++ids, topic, language, "Zwemkaart", "Waar is de zwemkaart?", "", answer,
                sources, state, 1L, Instant.parse("2026-11-20T10:00:00Z"), 0L, null));
    }

    private static List<FaqForm.Problem> problems(String id) {
        return NewEntries.problems(new NewEntryForm(id, "Titel", "", "nl", null), Set.of("wonen", "zorg"),
                "zorg.huisarts"::equals);
    }

    @Test
    void anIdIsCategoryDotSlugInLowerCaseWithAKnownCategoryAndNotTaken() {
        assertEquals(List.of(), problems("wonen.zwemkaart-2"));
        assertEquals("faq.new.error.id-format", problems("new").get(0).key());
        assertEquals("faq.new.error.id-format", problems("wonen.Zwemkaart").get(0).key());
        assertEquals("faq.new.error.id-format", problems("wonen.zwem kaart").get(0).key());
        assertEquals("faq.new.error.id-format", problems("wonen.zwem.kaart").get(0).key());
        assertEquals("faq.new.error.id-format", problems("wonen.-zwem").get(0).key());
        assertEquals("faq.new.error.category", problems("sport.zwemmen").get(0).key());
        assertEquals("faq.new.error.taken", problems("zorg.huisarts").get(0).key());
        assertEquals("faq.new.error.id-long", problems("wonen." + "a".repeat(60)).get(0).key());
    }

    @Test
    void aCreatedTopicIsARowOfTheBoardWithItsDraftTitleAndEveryLanguageMissing() {
        add("wonen.zwemkaart", "nl", "", FaqRevision.DRAFT, null);
        FaqBoard.Row row = FaqBoard.of(shipped(), revisions).row("wonen.zwemkaart");
        assertEquals("Zwemkaart", row.title());
        assertEquals(false, row.shipped());
        for (FaqBoard.Cell cell : row.cellList()) {
            assertEquals(FaqStatus.MISSING, cell.status(), cell.language().code());
        }
        assertTrue(row.cell("nl").hasDraft());
        assertTrue(FaqBoard.of(shipped(), revisions).row("zorg.huisarts").shipped());
    }

    @Test
    void theOverlayMakesAnEntryOnlyOnceTheDutchTextIsPublishedWithOnlyThePublishedLanguages() {
        add("wonen.zwemkaart", "nl", "", FaqRevision.DRAFT, null);
        add("wonen.zwemkaart", "ar", "جواب.", FaqRevision.PUBLISHED, null);
        assertTrue(PublishedFaqOverlay.apply(shipped(), published()).entry("wonen.zwemkaart").isEmpty(),
                "no entry without a published Dutch text");
        add("wonen.zwemkaart", "nl", "Bij het loket.", FaqRevision.PUBLISHED, "https://ede.nl/zwemmen");
        add("wonen.zwemkaart", "en", "Concept.", FaqRevision.DRAFT, null);
        KnowledgeBase kb = PublishedFaqOverlay.apply(shipped(), published());
        FaqEntry entry = kb.entry("wonen.zwemkaart").orElseThrow();
        assertEquals("wonen", entry.category());
        assertEquals(LocalDate.of(2026, 11, 20), entry.reviewed());
        assertEquals(List.of("https://ede.nl/zwemmen"), entry.sources());
        assertEquals(Set.of(Language.NL, Language.AR), entry.texts().keySet());
        assertEquals("Bij het loket.", entry.in(Language.NL).orElseThrow().answer());
        assertEquals(List.of(FaqEntry.PERSON_TOPIC, "wonen.zwemkaart", "zorg.huisarts"),
                kb.entries().stream().map(FaqEntry::id).toList(), "in the content loader's order");
    }

    @Test
    void anAnswerOrChoiceInALanguageTheEntryLacksGoesToAPersonWithTheHandOverText() {
        add("wonen.zwemkaart", "nl", "Bij het loket.", FaqRevision.PUBLISHED, "https://ede.nl/zwemmen");
        KnowledgeBase kb = PublishedFaqOverlay.apply(shipped(), published());
        Candidate swim = new Candidate("wonen.zwemkaart", "Zwemkaart", 0.9);
        Candidate doctor = new Candidate("zorg.huisarts", "Titel", 0.7);
        Decision dutchText = new Decision(Language.TI, Language.NL, Outcome.ANSWER, "wonen.zwemkaart", 0.9,
                "Bij het loket.", List.of(swim), null);
        Decision guarded = LanguageCoverage.guard(dutchText, kb);
        assertEquals(Outcome.ESCALATE, guarded.outcome());
        assertEquals(EscalationReason.LOW_CONFIDENCE, guarded.reason());
        assertNull(guarded.topic());
        assertEquals("ሰብ ክሕግዘኩም እዩ።", guarded.answer());
        assertEquals(Language.TI, guarded.language());

        Decision choice = new Decision(Language.TI, Language.NL, Outcome.CLARIFY, "zorg.huisarts", 0.6, "1. 2.",
                List.of(doctor, swim), null);
        assertEquals(Outcome.ESCALATE, LanguageCoverage.guard(choice, kb).outcome());

        Decision dutch = new Decision(Language.NL, Language.NL, Outcome.ANSWER, "wonen.zwemkaart", 0.9,
                "Bij het loket.", List.of(swim), null);
        assertSame(dutch, LanguageCoverage.guard(dutch, kb), "in Dutch the entry answers");
        Decision shippedAnswer = new Decision(Language.TI, Language.TI, Outcome.ANSWER, "zorg.huisarts", 0.9,
                "Antwoord.", List.of(doctor), null);
        assertSame(shippedAnswer, LanguageCoverage.guard(shippedAnswer, kb));
    }

    private List<FaqRevision> published() {
        return revisions.stream().filter(FaqRevision::published).toList();
    }
}
