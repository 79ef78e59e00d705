package nl.selam.kb.decision;

import nl.selam.kb.analysis.ArabiziTransliterator;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the Arabizi transliterator from the Arabic words the FAQ uses and the loanwords to leave alone. */
final class ArabiziSupport {

    private ArabiziSupport() {
    }

    static ArabiziTransliterator transliterator(KnowledgeBase kb, boolean wide) {
        List<String> arabicWords = new ArrayList<>();
        for (FaqEntry entry : kb.entries()) {
            entry.in(Language.AR).ifPresent(t -> arabicWords.addAll(words(t)));
        }
        kb.lexicon().synonymsFor(Language.AR).forEach(l -> arabicWords.addAll(split(l)));
        arabicWords.removeIf(w -> w.isEmpty() || w.charAt(0) < 0x0600 || w.charAt(0) > 0x06FF);
        Set<String> keep = new HashSet<>();
        for (String line : kb.lexicon().loanwords()) {
            for (String entry : line.split(",")) {
                // single-word Latin entries only: "doctor" from "family doctor" is an Arabizi word to transliterate
                String w = entry.strip();
                if (!w.isEmpty() && !w.contains(" ") && w.chars().allMatch(c -> c < 0x0250)) {
                    keep.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArabiziTransliterator(kb.lexicon().arabizi(), arabicWords, keep, wide);
    }

    private static List<String> words(LocalizedEntry text) {
        List<String> out = new ArrayList<>(split(text.title()));
        text.questions().forEach(q -> out.addAll(split(q)));
        text.keywords().forEach(k -> out.addAll(split(k)));
        return out;
    }

    private static List<String> split(String text) {
        return List.of(text.split("[^\\p{L}\\p{M}]+"));
    }
}
