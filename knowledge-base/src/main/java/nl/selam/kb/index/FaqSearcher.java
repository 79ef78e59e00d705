package nl.selam.kb.index;

import nl.selam.kb.analysis.LanguageAnalyzers;
import nl.selam.kb.language.Language;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Searches the FAQ index in one language and ranks topics, with a bounded score per topic.
 *
 * <p>Lucene 9's BM25 has no (k1+1) factor, so a query word adds at most boost·idf to a score. Dividing by the sum
 * of those bounds gives a number in [0,1) that is comparable between queries and languages, and words the index
 * has never seen lower it, which is what makes out-of-scope questions stand out.
 */
public final class FaqSearcher {

    /** Enough hits to see every topic's best variant and its topic document. */
    private static final int TOP_DOCS = 120;
    private static final float FUZZY_BOOST = 0.5f;
    private static final float GRAM_BOOST = 0.3f;
    /**
     * Weight of the topic document (all of a topic's questions, title and keywords in one document) in the ranking.
     * Its BM25 score rewards a message whose words are spread over several variants of one topic, with the usual
     * saturation and length normalisation; on the labelled set it lifted the best-ranked topic from 86% to 96%
     * right (flat between 2 and 5).
     */
    public static final double WHOLE_WEIGHT = weight("whole", 4.0);
    /**
     * Ranking adds the IDF-weighted share of the message's words found anywhere in the topic to the best single
     * variant's score: a question about two aspects of a topic is often covered by two different variants.
     */
    public static final double COVERAGE_WEIGHT = weight("coverage", 1.0);
    /**
     * Weight of the best single variant's normalised score. The three weights (variant 0.5, coverage 1, topic
     * document 4, with the ranker at 1.5) were chosen together on dev.tsv and the tuning half of dev2
     * (RankingProbe --grid): 94.6 % top-1 on a plateau of 94–95 %, against 93.7 % for the earlier 1 / 0.3 / 3.
     * (A ranker weight of 3 scored a little higher there but let a long story's narrative win over its question.)
     * Residents' messages are longer and looser than one variant, so how much of the message a topic explains
     * (coverage, the topic document) tells more than the closest single variant.
     */
    public static final double VARIANT_WEIGHT = weight("variant", 0.5);
    /** The weights the confidence model's margin was calibrated on (see TopicScore#calibrated); variant 1. */
    static final double CALIBRATED_COVERAGE_WEIGHT = 0.3;
    static final double CALIBRATED_WHOLE_WEIGHT = 3.0;

    /** Weight of words every question has (question words, modal verbs) relative to other words. */
    private static final float WEAK_BOOST = 0.2f;
    /**
     * Weight of the words of a long message's story (the sentences around its question, see QuestionFocus): they
     * support the question's topic, but a topic they alone point to is never the answer.
     */
    static final float STORY_BOOST = 0.4f;

    /** Term lookups cached per term: the index never changes, and seeking the terms dictionary dominated. */
    private static final int TERM_CACHE_SIZE = 200_000;

    private final FaqIndex index;
    private final com.github.benmanes.caffeine.cache.Cache<Term, TermStates> termStates =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(TERM_CACHE_SIZE).build();
    /** Fuzzy expansions of unknown words: building the edit automaton costs far more than the search itself. */
    private final com.github.benmanes.caffeine.cache.Cache<Term, Query> fuzzy =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(TERM_CACHE_SIZE / 10).build();
    private final Map<Language, Set<String>> weakTerms = new java.util.EnumMap<>(Language.class);

    /** A ranking weight, overridable with {@code -Dselam.rank.<name>=} for measurements only. */
    private static double weight(String name, double value) {
        return Double.parseDouble(System.getProperty("selam.rank." + name, Double.toString(value)));
    }

    public FaqSearcher(FaqIndex index, nl.selam.kb.content.Lexicon lexicon) {
        this.index = index;
        for (Language language : Language.answeredLanguages()) {
            Set<String> terms = new java.util.HashSet<>();
            for (String word : lexicon.weakwordsFor(language)) {
                terms.addAll(analyse(language, word));
            }
            weakTerms.put(language, Set.copyOf(terms));
        }
    }

    /** The analysed words of a text as the index sees them, for explaining a match. */
    public List<String> analyse(Language language, String text) {
        return LanguageAnalyzers.terms(index.analyzers().forLanguage(language), FaqFields.text(language), text);
    }

    /** The words of a text that the topic's entry contains, for explaining a match. */
    public List<String> matchedTerms(Language language, String topic, String text) {
        Set<String> topicTerms = index.termsOf(language, topic);
        return analyse(language, text).stream().filter(topicTerms::contains).distinct().toList();
    }

    /**
     * A bare Lucene query: whitespace-split, lower-cased words as term queries on the language's field, no analysis,
     * no decision. The benchmark's yardstick for what Selam's own work costs on top of Lucene.
     */
    public TopDocs bareSearch(Language language, String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            query.add(new TermQuery(new Term(FaqFields.text(language), word)), BooleanClause.Occur.SHOULD);
        }
        try {
            return index.searcher().search(query.build(), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResult search(Language language, String text) {
        return search(language, text, null);
    }

    /**
     * Searches a message whose question sentences are known: words only the story has count for
     * {@link #STORY_BOOST}, and a topic must match one of the question's own words to be answered.
     *
     * @param question the question sentence(s) of {@code text}, or null when the whole text is the question
     */
    public SearchResult search(Language language, String text, String question) {
        String field = FaqFields.text(language);
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(
                LanguageAnalyzers.terms(index.analyzers().forLanguage(language), field, text)));
        if (terms.isEmpty()) {
            return SearchResult.empty();
        }
        try {
            IndexSearcher searcher = index.searcher();
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            Map<String, Double> idf = new HashMap<>();
            double bound = 0;
            Set<String> weak = weakTerms.getOrDefault(language, Set.of());
            // a weak word no entry contains (a greeting, a filler) says nothing about the question: leave it out
            terms.removeIf(t -> weak.contains(t) && !known(language, t));
            if (terms.isEmpty()) {
                return SearchResult.empty();
            }
            Set<String> focus = new java.util.HashSet<>(question == null ? List.of() : analyse(language, question));
            focus.removeIf(t -> weak.contains(t) || !known(language, t)); // a question of weak words only: no focus
            for (String term : terms) {
                float weight = weak.contains(term) ? WEAK_BOOST
                        : !focus.isEmpty() && !focus.contains(term) ? STORY_BOOST : 1f;
                double termIdf = weight * idf(searcher, field, term);
                idf.put(term, termIdf);
                bound += termIdf;
                Query clause = clause(searcher, language, field, term);
                query.add(weight == 1f ? clause : new BoostQuery(clause, weight), BooleanClause.Occur.SHOULD);
            }
            if (language == Language.TI) {
                bound += addGrams(searcher, text, query);
            }
            return rank(language, searcher.search(query.build(), TOP_DOCS), bound, terms, idf, weak, focus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query clause(IndexSearcher searcher, Language language, String field, String term) throws IOException {
        Term t = new Term(field, term);
        TermStates states = states(searcher, t);
        if (states.docFreq() > 0 || !fuzzyAllowed(language, term)) {
            return new TermQuery(t, states);
        }
        // learners' spelling: only words the FAQ does not know are matched loosely, and for half the weight;
        // a two-letter prefix keeps the edit automaton small
        return new BoostQuery(fuzzy.get(t, this::expandFuzzy), FUZZY_BOOST);
    }

    /** The index terms within 1 edit (2 for words of 8+ letters) of an unknown word, expanded once per word. */
    private Query expandFuzzy(Term term) {
        int edits = term.text().length() >= 8 ? 2 : 1;
        try {
            return index.searcher().rewrite(new FuzzyQuery(term, edits, 2, 10, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean known(Language language, String term) {
        return states(index.searcher(), new Term(FaqFields.text(language), term)).docFreq() > 0;
    }

    private TermStates states(IndexSearcher searcher, Term term) {
        return termStates.get(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean fuzzyAllowed(Language language, String term) {
        boolean latin = term.chars().allMatch(c -> c < 0x0250);
        return switch (language) {
            case NL, EN -> term.length() >= 4 && latin;
            case AR -> term.length() >= 5;
            default -> false;
        };
    }

    /**
     * Character n-grams of the consonant skeleton, only for the Tigrinya words the index does not know as they
     * are written (an unexpected inflection or plural): known words already match exactly, and grams of every
     * word would multiply the query's clauses.
     */
    private double addGrams(IndexSearcher searcher, String text, BooleanQuery.Builder query) throws IOException {
        Set<String> grams = new LinkedHashSet<>();
        for (String word : text.split("[\\s\\p{Punct}\u1360-\u1368]+")) {
            List<String> terms = analyse(Language.TI, word);
            if (!terms.isEmpty() && terms.stream().noneMatch(t -> known(Language.TI, t))) {
                grams.addAll(LanguageAnalyzers.terms(index.analyzers().tigrinyaGrams(), FaqFields.TI_GRAMS, word));
            }
        }
        double bound = 0;
        for (String gram : grams) {
            Term t = new Term(FaqFields.TI_GRAMS, gram);
            bound += GRAM_BOOST * idf(searcher, FaqFields.TI_GRAMS, gram);
            query.add(new BoostQuery(new TermQuery(t, states(searcher, t)), GRAM_BOOST), BooleanClause.Occur.SHOULD);
        }
        return bound;
    }

    private SearchResult rank(Language language, TopDocs hits, double bound, List<String> terms,
                              Map<String, Double> idf, Set<String> weak, Set<String> focus) {
        Map<String, Double> best = new HashMap<>();
        Map<String, Double> whole = new HashMap<>();
        for (ScoreDoc hit : hits.scoreDocs) {
            if (index.kindOf(hit.doc) == FaqFields.Kind.TOPIC) {
                whole.merge(index.topicOf(hit.doc), (double) hit.score, Math::max);
                continue;
            }
            double score = hit.score * index.kindOf(hit.doc).weight();
            best.merge(index.topicOf(hit.doc), score, Math::max);
        }
        double idfTotal = 0;
        for (double v : idf.values()) {
            idfTotal += v;
        }
        List<TopicScore> topics = new ArrayList<>(best.size());
        for (Map.Entry<String, Double> e : best.entrySet()) {
            Set<String> topicTerms = index.termsOf(language, e.getKey());
            double covered = 0;
            int strong = 0;
            boolean matchesQuestion = focus.isEmpty();
            for (String t : terms) {
                if (topicTerms.contains(t)) {
                    covered += idf.get(t);
                    strong += weak.contains(t) ? 0 : 1;
                    matchesQuestion |= focus.contains(t);
                }
            }
            if (!matchesQuestion) {
                strong = 0; // the story's words alone: never enough evidence to answer
            }
            double normalized = bound <= 0 ? 0 : Math.min(1.0, e.getValue() / bound);
            double coverage = idfTotal <= 0 ? 0 : covered / idfTotal;
            double wholeNorm = bound <= 0 ? 0 : Math.min(1.0, whole.getOrDefault(e.getKey(), 0.0) / bound);
            topics.add(new TopicScore(e.getKey(),
                    VARIANT_WEIGHT * normalized + COVERAGE_WEIGHT * coverage + WHOLE_WEIGHT * wholeNorm,
                    normalized, coverage, strong, 0,
                    normalized + CALIBRATED_COVERAGE_WEIGHT * coverage + CALIBRATED_WHOLE_WEIGHT * wholeNorm));
        }
        topics.sort(Comparator.comparingDouble(TopicScore::score).reversed().thenComparing(TopicScore::topic));
        double unknown = terms.stream().filter(t -> !weak.contains(t) && !known(language, t))
                .mapToDouble(idf::get).sum();
        int strongTerms = (int) terms.stream().filter(t -> !weak.contains(t)).count();
        return new SearchResult(topics, terms.size(), idfTotal <= 0 ? 1.0 : unknown / idfTotal, strongTerms);
    }

    private double idf(IndexSearcher searcher, String field, String term) throws IOException {
        CollectionStatistics stats = searcher.collectionStatistics(field);
        long docCount = stats == null ? 1 : stats.docCount();
        long df = states(searcher, new Term(field, term)).docFreq();
        return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    }
}
