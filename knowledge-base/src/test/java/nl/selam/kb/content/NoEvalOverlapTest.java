package nl.selam.kb.content;

import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content is never copied from an evaluation file: every content line (FAQ titles and questions, example messages,
 * small-talk phrases longer than a fixed formula of five words, every phrase of the cue lexicons) is compared with every message of shared/eval/dev.tsv and
 * dev2.tsv after normalisation (NFKC, lower case, punctuation and spaces folded). A failure names the content line and
 * the row id only, never the evaluation text.
 */
class NoEvalOverlapTest {

    private static final Path CONTENT = Path.of("content");
    private static final int FORMULA_WORDS = 5;

    static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\p{P}\\p{S}\\s\\u0640\\u064B-\\u0652]+", " ").strip();
    }

    private static Map<String, String> evalRows() throws IOException {
        Map<String, String> rows = new HashMap<>();
        Path eval = Path.of(System.getProperty("selam.repo.root", ".."), "..", "shared", "eval");
        for (String file : List.of("dev.tsv", "dev2.tsv")) {
            Path p = eval.resolve(file);
            assertTrue(Files.exists(p), "evaluation file not found: " + p.toAbsolutePath());
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 5);
                if (f.length == 5 && !f[0].equals("id")) {
                    rows.put(normalise(f[4]), f[0]);
                }
            }
        }
        return rows;
    }

    private static List<String[]> contentLines() throws IOException {
        List<String[]> out = new ArrayList<>();
        KnowledgeBase kb = KnowledgeBaseLoader.fromDirectory(CONTENT);
        for (FaqEntry e : kb.entries()) {
            for (Language l : Language.answeredLanguages()) {
                e.in(l).ifPresent(t -> {
                    out.add(new String[] {"faq/" + e.id() + " title", t.title()});
                    t.questions().forEach(q -> out.add(new String[] {"faq/" + e.id(), q}));
                });
            }
        }
        for (SmallTalk.Kind k : SmallTalk.Kind.values()) {
            for (Language l : Language.answeredLanguages()) {
                // a fixed formula of up to five words ("good morning", "السلام عليكم ورحمة الله وبركاته") is what every
                // resident writes: a greeting-only evaluation row must equal one, so those phrases are exempt
                kb.smallTalk().of(k, l).phrases().stream().filter(p -> normalise(p).split(" ").length > FORMULA_WORDS)
                        .forEach(p -> out.add(new String[] {"smalltalk " + k, p}));
            }
        }
        for (SafetyLexicon.ExampleSet set : SafetyLexicon.ExampleSet.values()) {
            for (Language l : Language.answeredLanguages()) {
                kb.safety().examples(set, l).forEach(x -> out.add(new String[] {"examples/" + set.file() + "." + l.code(),
                        x.text()}));
            }
        }
        try (Stream<Path> files = Files.walk(CONTENT.resolve("safety").resolve("lexicon"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#") || !line.contains(":")) {
                        continue;
                    }
                    for (String phrase : line.substring(line.indexOf(':') + 1).split("[,|+]")) {
                        out.add(new String[] {"lexicon/" + f.getFileName(), phrase});
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noContentLineIsAnEvaluationMessage() throws IOException {
        Map<String, String> rows = evalRows();
        List<String[]> lines = contentLines();
        assertTrue(lines.size() > 3000, "content lines read: " + lines.size());
        List<String> overlaps = new ArrayList<>();
        for (String[] line : lines) {
            String n = normalise(line[1].replace("*", ""));
            if (!n.isEmpty() && rows.containsKey(n)) {
                overlaps.add(line[0] + ": \"" + line[1].strip() + "\" equals evaluation row " + rows.get(n));
            }
        }
        assertTrue(overlaps.isEmpty(), "content copied from an evaluation file:\n" + String.join("\n", overlaps));
    }

    @Test
    void normalisationFoldsCasePunctuationAndWidth() {
        assertTrue(normalise("Hallo,  WERELD!").equals(normalise("hallo wereld")));
        assertTrue(normalise("ｆｕｌｌ width").equals(normalise("full width")));
        assertTrue(normalise("مرحباً؟").equals(normalise("مرحبا")));
    }
}
