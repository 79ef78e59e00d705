package nl.selam.kb.content;

import nl.selam.kb.language.Language;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists editors keep: synonyms per language, loanwords for every language, Arabizi spellings,
 * Dutch compound parts and the small stop lists.
 *
 * @param synonyms  Solr-format synonym lines per language (each group is read as its first word)
 * @param loanwords Solr-format lines applied in every language
 * @param arabizi   Arabizi word to Arabic spelling
 * @param weakwords words every question has (question words, modal verbs), which count for less
 * @param stems     stemmer corrections: word to the stem to use instead
 */
public record Lexicon(Map<Language, List<String>> synonyms, List<String> loanwords, Map<String, String> arabizi,
                      Set<String> dutchCompoundParts, Map<Language, Set<String>> stopwords,
                      Map<Language, Set<String>> weakwords, Map<Language, Map<String, String>> stems) {

    public Lexicon {
        synonyms = Map.copyOf(synonyms);
        loanwords = List.copyOf(loanwords);
        arabizi = Map.copyOf(arabizi);
        dutchCompoundParts = Set.copyOf(dutchCompoundParts);
        stopwords = Map.copyOf(stopwords);
        weakwords = Map.copyOf(weakwords);
        stems = Map.copyOf(stems);
    }

    /** Words the stemmer gets wrong, with the stem to use instead (content/lexicon/stems.*.txt). */
    public Map<String, String> stemsFor(Language language) {
        return stems.getOrDefault(language, Map.of());
    }

    /** Words every question has; they count for less in search (see content/lexicon/weakwords.*.txt). */
    public Set<String> weakwordsFor(Language language) {
        return weakwords.getOrDefault(language, Set.of());
    }

    public List<String> synonymsFor(Language language) {
        return synonyms.getOrDefault(language, List.of());
    }

    public Set<String> stopwordsFor(Language language) {
        return stopwords.getOrDefault(language, Set.of());
    }
}
