package nl.selam.kb.content;

import nl.selam.kb.analysis.TextCleaner;
import nl.selam.kb.language.Language;
import nl.selam.kb.language.LanguageIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The content checks: what editors write must be complete, correct in form, and findable. */
class KnowledgeBaseContentTest {

    private static final int MIN_QUESTIONS = 8;
    private static final int MAX_ANSWER = 700;
    private static final Pattern LINK = Pattern.compile("https?://[^\\s)\\]]+");
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBaseLoader.fromClasspath();
    }

    static List<String> topicIds() throws IOException {
        Path topics = Path.of(System.getProperty("selam.repo.root", ".."), "..", "shared", "knowledge", "topics.tsv");
        assertTrue(Files.exists(topics), "shared/knowledge/topics.tsv not found at " + topics.toAbsolutePath());
        return Files.readAllLines(topics).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[0]).toList();
    }

    @Test
    void everyTopicOfTopicsTsvHasAnEntry() throws IOException {
        Set<String> ids = kb.entries().stream().map(FaqEntry::id).collect(Collectors.toSet());
        List<String> missing = topicIds().stream().filter(t -> !ids.contains(t)).toList();
        assertTrue(missing.isEmpty(), "topics without an entry: " + missing);
        assertEquals(new HashSet<>(topicIds()), ids, "entries that are not topics of topics.tsv");
    }

    @Test
    void everyLanguageIsCompleteForEveryEntry() {
        List<String> problems = new ArrayList<>();
        for (FaqEntry e : kb.entries()) {
            for (Language l : Language.answeredLanguages()) {
                LocalizedEntry t = e.in(l).orElse(null);
                if (t == null) {
                    problems.add(e.id() + "/" + l.code() + " missing");
                    continue;
                }
                if (t.title().isBlank() || t.answer().isBlank() || t.keywords().isEmpty()) {
                    problems.add(e.id() + "/" + l.code() + " empty title, answer or keywords");
                }
                if (t.questions().size() < MIN_QUESTIONS) {
                    problems.add(e.id() + "/" + l.code() + " has " + t.questions().size() + " questions");
                }
            }
            assertNotNull(e.reviewed(), e.id() + " has no reviewed date");
            assertFalse(e.sources().isEmpty(), e.id() + " has no sources");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void answersAreShortWithWellFormedHttpsLinksAndKnownPlaceholders() {
        List<String> problems = new ArrayList<>();
        for (FaqEntry e : kb.entries()) {
            e.sources().forEach(s -> checkLink(e.id() + " source", s, problems));
            for (LocalizedEntry t : e.texts().values()) {
                String filled = kb.municipality().fill(t.answer());
                if (filled.length() > MAX_ANSWER) {
                    problems.add(e.id() + " answer has " + filled.length() + " characters: " + t.title());
                }
                Matcher m = LINK.matcher(t.answer());
                boolean any = false;
                while (m.find()) {
                    any = true;
                    checkLink(e.id(), m.group().replaceAll("[.,;:]+$", ""), problems);
                }
                if (!any) {
                    problems.add(e.id() + " answer has no link: " + t.title());
                }
                Set<String> unknown = new HashSet<>(Municipality.placeholdersIn(t.answer()));
                unknown.removeAll(Municipality.PLACEHOLDERS);
                if (!unknown.isEmpty()) {
                    problems.add(e.id() + " unknown placeholders " + unknown);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void checkLink(String where, String link, List<String> problems) {
        try {
            URI uri = URI.create(link);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !uri.getHost().contains(".")) {
                problems.add(where + " link is not https with a host: " + link);
            }
        } catch (IllegalArgumentException ex) {
            problems.add(where + " malformed link: " + link);
        }
    }

    @Test
    void tigrinyaIsInEthiopicScriptAndIsNotAmharic() {
        LanguageIdentifier identifier = new LanguageIdentifier();
        List<String> problems = new ArrayList<>();
        for (FaqEntry e : kb.entries()) {
            LocalizedEntry t = e.in(Language.TI).orElseThrow();
            if (ethiopicShare(t.answer()) < 0.5 || ethiopicShare(t.title() + " " + t.answer()) < 0.5) {
                problems.add(e.id() + " answer is not mostly in Ethiopic script");
            }
            List<String> texts = new ArrayList<>(t.questions());
            texts.add(t.answer());
            for (String text : texts) {
                // Dutch loanwords in Latin letters are welcome; the Ge'ez part must be Tigrinya
                String geez = text.replaceAll("[\\p{IsLatin}0-9'’-]+", " ");
                if (ethiopicShare(geez) == 0 || identifier.identify(geez).language() != Language.TI) {
                    problems.add(e.id() + " not recognised as Tigrinya: " + text);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static double ethiopicShare(String withLinks) {
        String text = LINK.matcher(withLinks).replaceAll(" ");
        long letters = text.codePoints().filter(Character::isLetter).count();
        long ethiopic = text.codePoints().filter(c -> c >= 0x1200 && c <= 0x137F).count();
        return letters == 0 ? 0 : (double) ethiopic / letters;
    }

    @Test
    void noTwoTopicsShareNearIdenticalQuestions() {
        // near-identical: 80% or more of the words shared (Jaccard), for questions of three words or more
        record Question(String topic, Language language, String text, Set<String> words) {
        }
        List<Question> questions = new ArrayList<>();
        for (FaqEntry e : kb.entries()) {
            e.texts().forEach((l, t) -> t.questions().forEach(q ->
                    questions.add(new Question(e.id(), l, q, new HashSet<>(Arrays.asList(signature(q).split(" ")))))));
        }
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                Question a = questions.get(i);
                Question b = questions.get(j);
                if (a.topic().equals(b.topic()) || a.language() != b.language()
                        || Math.min(a.words().size(), b.words().size()) < 3) {
                    continue;
                }
                Set<String> shared = new HashSet<>(a.words());
                shared.retainAll(b.words());
                Set<String> all = new HashSet<>(a.words());
                all.addAll(b.words());
                if (shared.size() >= 0.8 * all.size()) {
                    clashes.add(a.topic() + " \"" + a.text() + "\" and " + b.topic() + " \"" + b.text() + "\"");
                }
            }
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    /** Words of a question, lower-cased and sorted: word order and punctuation do not make a question new. */
    private static String signature(String question) {
        return Arrays.stream(TextCleaner.clean(question).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
    }

    @Test
    void municipalityNameAlwaysFollowsTheWordForMunicipality() {
        // {gemeente.naam} is the plain name ("Utrecht") and may be empty, so the sentence must read well without it
        Pattern use = Pattern.compile("(\\S+)\\s*\\{gemeente\\.naam}");
        Set<String> words = Set.of("gemeente", "municipality", "بلدية", "ببلدية", "ኮሙነ", "ንኮሙነ");
        List<String> problems = new ArrayList<>();
        for (FaqEntry e : kb.entries()) {
            e.texts().forEach((l, t) -> {
                Matcher m = use.matcher(t.answer());
                while (m.find()) {
                    if (!words.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                        problems.add(e.id() + "/" + l.code() + ": " + m.group());
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void anEmptyMunicipalityNameLeavesNoGap() {
        Municipality unnamed = new Municipality("", "14 020", "https://www.amsterdam.nl");
        assertEquals("Bel de gemeente: 14 020 (Werk en Inkomen).",
                unnamed.fill("Bel de gemeente {gemeente.naam}: {gemeente.telefoon} (Werk en Inkomen)."));
        assertEquals("Bel de gemeente Utrecht: 14 030.",
                new Municipality("Utrecht", "14 030", "https://www.utrecht.nl").fill(
                        "Bel de gemeente {gemeente.naam}: {gemeente.telefoon}."));
    }

    @Test
    void crisisAnswerAlwaysGivesTheCrisisLines() {
        FaqEntry crisis = kb.entry(FaqEntry.CRISIS_TOPIC).orElseThrow();
        for (LocalizedEntry t : crisis.texts().values()) {
            assertTrue(t.answer().contains("113"), "113 missing: " + t.answer());
            assertTrue(t.answer().contains("0800-0113"), "0800-0113 missing: " + t.answer());
            assertTrue(t.answer().contains("112"), "112 missing: " + t.answer());
        }
    }

    @Test
    void smallTalkHasPhrasesAndRepliesInEveryLanguage() {
        for (SmallTalk.Kind kind : List.of(SmallTalk.Kind.GREETING, SmallTalk.Kind.THANKS, SmallTalk.Kind.WHO)) {
            for (Language l : Language.answeredLanguages()) {
                SmallTalk.Phrases p = kb.smallTalk().of(kind, l);
                assertFalse(p.phrases().isEmpty(), kind + "/" + l);
                assertFalse(p.reply().isBlank(), kind + "/" + l);
            }
        }
        for (Language l : Language.answeredLanguages()) {
            assertFalse(kb.smallTalk().of(SmallTalk.Kind.CLARIFY, l).reply().isBlank(), "clarify/" + l);
        }
    }

    @Test
    void safetyPatternsExistForEveryLanguage() {
        for (Language l : Language.answeredLanguages()) {
            assertFalse(kb.safety().crisis().get(l).isEmpty(), "crisis patterns " + l);
            assertFalse(kb.safety().person().get(l).isEmpty(), "person patterns " + l);
        }
    }

    @Test
    void calibrationIsCheckedIn() {
        assertTrue(kb.calibration().containsKey("weights"));
        for (Language l : Language.answeredLanguages()) {
            double t = Double.parseDouble(kb.calibration().get("answer." + l.code()));
            assertTrue(t > 0 && t < 1, "threshold " + l + " = " + t);
        }
    }
}
