package nl.selam.kb.analysis;

import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for a word the knowledge base does not know, a written form of it that the knowledge base does know.
 * Candidates come from small, language-specific rules and are accepted only when the content uses them, so a rule
 * can never turn a word into a word nobody wrote; known words are never touched.
 *
 * <ul>
 *   <li>Tigrinya: possessive and verb endings (ሓኪመይ, ሓኪምካ, ሓኪሙ → ሓኪም), prepositions and verb prefixes written
 *       onto the word (ንሓኪም, ብቋንቋ, ካብ-, ኣብ-, ምስ-, ይ-, ት-, ክ-), and loanwords transliterated with other vowels
 *       (ኢንሹረንስ and ኢንሹራንስ share their consonants).</li>
 *   <li>Dutch: spelling by ear — s/z, v/f, ei/ij, d/t, g/ch, a dropped final n, a doubled or single
 *       vowel (zorgversekering, huisaarts, inschrijve, gemeende).</li>
 * </ul>
 */
public final class VocabularyVariants {

    private static final List<String> TI_PREFIXES = List.of("እንተ", "ካብ", "ኣብ", "ናብ", "ምስ", "ከም", "ን", "ብ", "ዝ",
            "ክ", "ይ", "ት", "ከ", "ተ");
    private static final List<String> TI_SUFFIXES = List.of("ኩምዶ", "ውን", "ኩም", "ኽን", "ክን", "ኦም", "ኤን", "ታት",
            "ዶ", "ይ", "ካ", "ኪ", "ና", "ኩ", "ኣ", "ኡ", "ን");
    private static final String[][] NL_SWAPS = {
        {"z", "s"}, {"s", "z"}, {"v", "f"}, {"f", "v"}, {"ei", "ij"}, {"ij", "ei"}, {"g", "ch"}, {"ch", "g"},
        {"aa", "a"}, {"ee", "e"}, {"oo", "o"}, {"uu", "u"}, {"a", "aa"}, {"e", "ee"}, {"o", "oo"}, {"u", "uu"},
        {"ui", "uy"}, {"ou", "au"}, {"au", "ou"}, {"c", "k"}, {"k", "c"}, {"d", "t"}, {"t", "d"}
    };

    private final Language language;
    private final Set<String> known;
    /** Tigrinya: consonant skeleton of a known word to the most frequent word with it. */
    private final Map<String, String> bySkeleton = new HashMap<>();

    /**
     * @param language the language of the words
     * @param words    the content's words in this language, folded as the analysis chain folds them (lower case;
     *                 Ge'ez letters folded), with repetitions: the most frequent word wins a shared skeleton
     */
    public VocabularyVariants(Language language, List<String> words) {
        this.language = language;
        this.known = Set.copyOf(words);
        if (language == Language.TI) {
            Map<String, Map<String, Integer>> counts = new HashMap<>();
            for (String w : words) {
                String skeleton = skeleton(w);
                if (skeleton.codePointCount(0, skeleton.length()) >= 3) {
                    counts.computeIfAbsent(skeleton, k -> new HashMap<>()).merge(w, 1, Integer::sum);
                }
            }
            counts.forEach((s, ws) -> bySkeleton.put(s, ws.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey()));
        }
    }

    /**
     * The variants of the answered languages that have rules (Tigrinya, Dutch), from the content's titles,
     * questions and keywords and the editors' synonym and loanword lists.
     */
    public static Map<Language, VocabularyVariants> of(nl.selam.kb.content.KnowledgeBase kb) {
        Map<Language, VocabularyVariants> out = new java.util.EnumMap<>(Language.class);
        for (Language language : List.of(Language.TI, Language.NL)) {
            List<String> words = new ArrayList<>();
            List<String> texts = new ArrayList<>(kb.lexicon().synonymsFor(language));
            texts.addAll(kb.lexicon().loanwords());
            for (nl.selam.kb.content.FaqEntry entry : kb.entries()) {
                entry.in(language).ifPresent(t -> {
                    texts.add(t.title());
                    texts.addAll(t.questions());
                    texts.addAll(t.keywords());
                });
            }
            for (String text : texts) {
                for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
                    if (!w.isEmpty()) {
                        words.add(language == Language.TI ? GeezLetters.fold(w) : asciiFold(w));
                    }
                }
            }
            out.put(language, new VocabularyVariants(language, words));
        }
        return out;
    }

    private static String asciiFold(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    public boolean isKnown(String word) {
        return known.contains(word);
    }

    /** A known form of an unknown word, or empty (also for a known word, which needs none). */
    public Optional<String> knownForm(String word) {
        if (known.contains(word)) {
            return Optional.empty();
        }
        return switch (language) {
            case TI -> tigrinya(word);
            case NL -> dutch(word);
            default -> Optional.empty();
        };
    }

    private Optional<String> tigrinya(String word) {
        if (word.isEmpty() || !GeezLetters.isSyllable(word.codePointAt(0))) {
            return Optional.empty();
        }
        Set<String> stems = new LinkedHashSet<>();
        stems.add(word);
        for (String p : TI_PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= 2) {
                stems.add(word.substring(p.length()));
            }
        }
        List<String> candidates = new ArrayList<>();
        for (String stem : stems) {
            candidates.add(stem);
            candidates.add(lastToSixth(stem)); // fused endings: ሓኪሙ (his), ሓኪማ (her) -> ሓኪም
            for (String s : TI_SUFFIXES) {
                if (stem.endsWith(s) && stem.length() - s.length() >= 2) {
                    String rest = stem.substring(0, stem.length() - s.length());
                    candidates.add(rest);
                    candidates.add(lastToSixth(rest)); // ሓኪመ-ይ -> ሓኪም
                }
            }
        }
        for (String c : candidates) {
            if (!c.equals(word) && known.contains(c)) {
                return Optional.of(c);
            }
        }
        if (word.length() >= 4) {
            // a loanword written with other vowels: the same consonants in the same order
            String hit = bySkeleton.get(skeleton(word));
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    private Optional<String> dutch(String word) {
        if (word.length() < 4 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        if (word.endsWith("e")) {
            candidates.add(word + "n"); // inschrijve -> inschrijven
        }
        if (word.endsWith("d")) {
            candidates.add(word.substring(0, word.length() - 1) + "t");
        } else if (word.endsWith("t")) {
            candidates.add(word.substring(0, word.length() - 1) + "d");
        }
        for (String[] swap : NL_SWAPS) {
            for (int at = word.indexOf(swap[0]); at >= 0; at = word.indexOf(swap[0], at + 1)) {
                candidates.add(word.substring(0, at) + swap[1] + word.substring(at + swap[0].length()));
            }
        }
        for (String c : candidates) {
            if (known.contains(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The word with its last syllable in the sixth (vowel-less) order. */
    static String lastToSixth(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int last = word.codePointBefore(word.length());
        if (!GeezLetters.isSyllable(last)) {
            return word;
        }
        int base = last - ((last - 0x1200) % 8);
        return word.substring(0, word.length() - Character.charCount(last)) + Character.toString(base + 5);
    }

    /** Consonants in order (every syllable in its sixth order), without the vowel carriers ኣ/ኢ/እ/ኡ/ኦ/ኤ. */
    static String skeleton(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (c >= 0x12A0 && c <= 0x12A7) {
                return; // the glottal row carries a vowel in loanwords
            }
            out.appendCodePoint(GeezLetters.isSyllable(c) ? GeezLetters.sixthOrder(c) : c);
        });
        return out.toString();
    }
}
