package nl.selam.bot.faq;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.content.Municipality;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status per language, the overlay and the diff, without a database. */
class FaqBoardTest {

    private static final LocalizedEntry NL = new LocalizedEntry("Titel", List.of("vraag?"), List.of("woord"),
            "Antwoord.");
    private static final LocalizedEntry AR = new LocalizedEntry("عنوان", List.of("سؤال؟"), List.of("كلمة"), "جواب.");
    private static final LocalizedEntry EN = new LocalizedEntry("Title", List.of("question?"), List.of("word"),
            "Answer.");

    /** Shipped: nl, ar and en; Tigrinya missing. */
    private static KnowledgeBase shipped() {
        FaqEntry entry = new FaqEntry("test.onderwerp", "test", LocalDate.of(2026, 1, 1),
                List.of("https://example.nl"), Map.of(Language.NL, NL, Language.AR, AR, Language.EN, EN));
        return new KnowledgeBase(List.of(entry), null, null, null, new Municipality("Ede", "0318", "https://ede.nl"),
                Map.of());
    }

    private final List<FaqRevision> revisions = new ArrayList<>();
    private long ids = 0;

    private FaqRevision add(String language, String answer, String state, Long basedOn) {
        FaqRevision r = new FaqRevision(++ids, "test.onderwerp", language, "t", "q?", "k", answer, null, state, 1L,
                Instant.now(), basedOn, null);
        revisions.add(r);
        return r;
    }

    private FaqStatus status(Language language) {
        return FaqBoard.of(shipped(), revisions).cell("test.onderwerp", language).status();
    }

    @Test
    void shippedTextsAreReviewedAndAnAbsentLanguageIsMissing() {
        assertEquals(FaqStatus.REVIEWED, status(Language.NL));
        assertEquals(FaqStatus.REVIEWED, status(Language.AR));
        assertEquals(FaqStatus.REVIEWED, status(Language.EN));
        assertEquals(FaqStatus.MISSING, status(Language.TI));
    }

    @Test
    void aPublishedDutchChangeMakesEveryTranslationOutdatedUntilItIsRepublishedOrReviewed() {
        FaqRevision nl = add("nl", "Nieuw antwoord.", FaqRevision.PUBLISHED, 0L);
        assertEquals(FaqStatus.REVIEWED, status(Language.NL));
        assertEquals(FaqStatus.OUTDATED, status(Language.AR));
        assertEquals(FaqStatus.OUTDATED, status(Language.EN));
        assertEquals(FaqStatus.MISSING, status(Language.TI));

        add("ar", "جواب جديد.", FaqRevision.PUBLISHED, nl.id());
        assertEquals(FaqStatus.REVIEWED, status(Language.AR));
        add("ti", "መልሲ።", FaqRevision.PUBLISHED, nl.id());
        assertEquals(FaqStatus.REVIEWED, status(Language.TI));
        assertEquals(FaqStatus.OUTDATED, status(Language.EN));

        // a later Dutch change outdates them again
        add("nl", "Nog nieuwer.", FaqRevision.PUBLISHED, 0L);
        assertEquals(FaqStatus.OUTDATED, status(Language.AR));
        assertEquals(FaqStatus.OUTDATED, status(Language.TI));
    }

    @Test
    void aDutchDraftChangesNothingAndATranslationDraftDoesNotMakeItCurrent() {
        add("nl", "Concept.", FaqRevision.DRAFT, 0L);
        assertEquals(FaqStatus.REVIEWED, status(Language.AR));
        FaqBoard.Cell nl = FaqBoard.of(shipped(), revisions).cell("test.onderwerp", Language.NL);
        assertEquals("Antwoord.", nl.text().answer());
        assertNotNull(nl.draft());
        assertEquals(0, nl.revision());

        FaqRevision published = add("nl", "Nieuw.", FaqRevision.PUBLISHED, 0L);
        add("en", "Draft answer.", FaqRevision.DRAFT, published.id());
        FaqBoard.Cell en = FaqBoard.of(shipped(), revisions).cell("test.onderwerp", Language.EN);
        assertEquals(FaqStatus.OUTDATED, en.status());
        assertEquals("Answer.", en.text().answer());
        assertNotNull(en.draft());
    }

    @Test
    void aReviewedMarkKeepsAWaitingDraftVisibleAndAPublishedEditClosesIt() {
        add("ar", "مسودة.", FaqRevision.DRAFT, 0L);
        FaqRevision reviewed = new FaqRevision(++ids, "test.onderwerp", "ar", "t", "q?", "k", "جواب.", null,
                FaqRevision.PUBLISHED, 1L, Instant.now(), 0L, "reviewed");
        revisions.add(reviewed);
        assertEquals("مسودة.", FaqBoard.of(shipped(), revisions).cell("test.onderwerp", Language.AR).draft()
                .answer());
        add("ar", "جواب جديد.", FaqRevision.PUBLISHED, 0L);
        assertEquals(null, FaqBoard.of(shipped(), revisions).cell("test.onderwerp", Language.AR).draft());
    }

    @Test
    void theOverlayUsesTheLatestPublishedRevisionPerLanguageAndIgnoresDrafts() {
        add("nl", "Eerste.", FaqRevision.PUBLISHED, 0L);
        add("nl", "Tweede.", FaqRevision.PUBLISHED, 0L);
        add("nl", "Concept.", FaqRevision.DRAFT, 0L);
        add("ti", "መልሲ።", FaqRevision.PUBLISHED, 1L);
        add("zzz.unknown", "x", FaqRevision.PUBLISHED, 0L);
        KnowledgeBase kb = PublishedFaqOverlay.apply(shipped(),
                revisions.stream().filter(FaqRevision::published).toList());
        FaqEntry entry = kb.entry("test.onderwerp").orElseThrow();
        assertEquals("Tweede.", entry.in(Language.NL).orElseThrow().answer());
        assertEquals("መልሲ።", entry.in(Language.TI).orElseThrow().answer());
        assertEquals("جواب.", entry.in(Language.AR).orElseThrow().answer());
        assertEquals(1, kb.entries().size());
    }

    @Test
    void theDiffShowsRemovedAndAddedLinesAroundTheCommonOnes() {
        List<LineDiff.Line> diff = LineDiff.diff(List.of("a", "b", "c", "d"), List.of("a", "c", "x", "d"));
        assertEquals(List.of(new LineDiff.Line(" ", "a"), new LineDiff.Line("-", "b"), new LineDiff.Line(" ", "c"),
                new LineDiff.Line("+", "x"), new LineDiff.Line(" ", "d")), diff);
        assertTrue(LineDiff.changed(diff));
        assertEquals(List.of("Eén.", "Twee?", "ሰላም።", "ماذا؟"), FaqContent.sentences("Eén. Twee? ሰላም። ماذا؟"));
    }

    @Test
    void unknownPlaceholdersAndTooLongAnswersAreRefused() {
        Municipality ede = new Municipality("Ede", "0318", "https://ede.nl");
        FaqForm form = new FaqForm("Titel", "vraag?", "woord", "Mail {gemeente.email} of bel {gemeente.telefoon}.",
                null, "publish", null, null);
        List<FaqForm.Problem> problems = form.problems(Language.TI, ede);
        assertEquals(List.of(new FaqForm.Problem("faq.error.placeholder", "{gemeente.email}")), problems);

        FaqForm tooLong = new FaqForm("Titel", "vraag?", "woord", "x".repeat(FaqForm.MAX_ANSWER + 1), null, null,
                null, null);
        assertEquals("faq.error.answer-long", tooLong.problems(Language.EN, ede).get(0).key());
        FaqForm manyQuestions = new FaqForm("Titel", "v?\n".repeat(FaqForm.MAX_QUESTIONS + 1), "woord", "a", null, null, null, null);
        assertEquals("faq.error.questions-many", manyQuestions.problems(Language.EN, ede).get(0).key());
        FaqForm dutchWithoutSources = new FaqForm("Titel", "v?", "w", "a", "", null, null, null);
        assertEquals("faq.error.sources", dutchWithoutSources.problems(Language.NL, ede).get(0).key());
    }
}
