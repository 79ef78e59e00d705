package nl.selam.kb.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules of one language whose cues combine, matched on analysed words (content/safety/lexicon/*.txt,
 * format in knowledge-base/CONTENT.md).
 *
 * <pre>
 * &#64;means: rope, pills, sleeping pills, train*     a named group of phrases
 * method: &#64;means + &#64;now                          a rule: every term must be found somewhere in the message
 * wish_dead: want to die | wish i was dead          alternatives (each a phrase or a combination) with |
 * </pre>
 *
 * A phrase is analysed with the language's analyzer (stemming, clitics, Ge'ez folding, Arabizi), so "pills" meets
 * "pill" and "بحبوبي" meets "حبوب"; its words must appear in order with at most {@link #GAP} other words between
 * them. A word ending in {@code *} matches surface words starting with it ("zelfmo*" for misspellings); a phrase
 * that has such a word, or that analyses to nothing (stop words like "me"), is matched on the folded surface words.
 */
public final class CueLexicon {

    /** Other words allowed between two words of a phrase ("take all my pills" meets "take pills"). */
    static final int GAP = 2;

    /** One phrase: analysed terms, or folded surface words (prefixes end in '*'). */
    record Phrase(List<String> words, boolean surface) {
    }

    /** A rule: a category and terms, each a list of alternative phrases (a group); all terms must match. */
    public record Rule(String category, List<List<Phrase>> terms, String source) {
    }

    private final List<Rule> rules;

    private CueLexicon(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Parses lexicon lines.
     *
     * @param analyse the language's analysis of a phrase into terms
     * @param fold    the folding of a text into surface words
     */
    public static CueLexicon parse(List<String> lines, Function<String, List<String>> analyse,
                                  Function<String, List<String>> fold) {
        Map<String, List<Phrase>> groups = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("expected 'name: ...': " + line);
            }
            String name = line.substring(0, colon).strip();
            String body = line.substring(colon + 1).strip();
            if (name.startsWith("@")) {
                List<Phrase> phrases = new ArrayList<>();
                for (String p : body.split(",")) {
                    phrase(p, analyse, fold).ifPresent(phrases::add);
                }
                groups.put(name, phrases);
            } else {
                // "a + b | c": alternatives of combinations; a group in a combination is any of its phrases
                for (String alternative : body.split("\\|")) {
                    List<List<Phrase>> terms = new ArrayList<>();
                    for (String term : alternative.split("\\+")) {
                        String a = term.strip();
                        List<Phrase> phrases = new ArrayList<>();
                        if (a.startsWith("@")) {
                            List<Phrase> group = groups.get(a);
                            if (group == null) {
                                throw new IllegalArgumentException("unknown group " + a + " (define it above): " + line);
                            }
                            phrases.addAll(group);
                        } else {
                            phrase(a, analyse, fold).ifPresent(phrases::add);
                        }
                        if (phrases.isEmpty()) {
                            throw new IllegalArgumentException("a term matches nothing: " + line);
                        }
                        terms.add(phrases);
                    }
                    rules.add(new Rule(name, terms, alternative.strip()));
                }
            }
        }
        return new CueLexicon(rules);
    }

    private static Optional<Phrase> phrase(String text, Function<String, List<String>> analyse,
                                           Function<String, List<String>> fold) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.contains("*")) {
            List<String> words = new ArrayList<>();
            for (String w : t.split("\\s+")) {
                boolean prefix = w.endsWith("*");
                List<String> f = fold.apply(prefix ? w.substring(0, w.length() - 1) : w);
                if (!f.isEmpty()) {
                    words.add(String.join("", f) + (prefix ? "*" : ""));
                }
            }
            return words.isEmpty() ? Optional.empty() : Optional.of(new Phrase(words, true));
        }
        List<String> analysed = analyse.apply(t);
        if (!analysed.isEmpty() && analysed.size() >= Math.min(2, fold.apply(t).size())) {
            return Optional.of(new Phrase(analysed, false));
        }
        List<String> surface = fold.apply(t);
        return surface.isEmpty() ? Optional.empty() : Optional.of(new Phrase(surface, true));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The first rule whose every term is found in the message (its analysed terms and folded surface words). */
    public Optional<Rule> match(List<String> terms, List<String> surface) {
        // Most phrases start with a word the message does not have: one set lookup rejects them without a scan
        // (the scans were a fifth of a whole decision, over a few hundred phrases per language).
        Set<String> termSet = new HashSet<>(terms);
        Set<String> surfaceSet = new HashSet<>(surface);
        for (Rule rule : rules) {
            boolean all = true;
            for (List<Phrase> term : rule.terms()) {
                boolean any = false;
                for (Phrase p : term) {
                    if (p.surface() ? mayOccur(p, surfaceSet) && occurs(p, surface)
                            : mayOccur(p, termSet) && occurs(p, terms)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** False when the phrase cannot occur: its first word is a whole word the message lacks. */
    private static boolean mayOccur(Phrase phrase, Set<String> words) {
        String first = phrase.words().get(0);
        return first.endsWith("*") || words.contains(first);
    }

    /** The phrase's words in order, each at most {@link #GAP} words after the previous one. */
    static boolean occurs(Phrase phrase, List<String> words) {
        List<String> p = phrase.words();
        for (int start = 0; start < words.size(); start++) {
            if (!same(p.get(0), words.get(start))) {
                continue;
            }
            int at = start;
            int i = 1;
            while (i < p.size()) {
                int found = -1;
                for (int j = at + 1; j <= Math.min(words.size() - 1, at + 1 + GAP); j++) {
                    if (same(p.get(i), words.get(j))) {
                        found = j;
                        break;
                    }
                }
                if (found < 0) {
                    break;
                }
                at = found;
                i++;
            }
            if (i == p.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String pattern, String word) {
        int last = pattern.length() - 1;
        // a prefix pattern "zelfmo*": compare the characters before the star in place, without a substring
        return last >= 0 && pattern.charAt(last) == '*' ? word.regionMatches(0, pattern, 0, last)
                : pattern.equals(word);
    }
}
