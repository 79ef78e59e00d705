package nl.selam.kb.decision;

import nl.selam.kb.analysis.ArabiziTransliterator;
import nl.selam.kb.analysis.LanguageAnalyzers;
import nl.selam.kb.analysis.QuestionFocus;
import nl.selam.kb.analysis.TextCleaner;
import nl.selam.kb.analysis.VocabularyVariants;
import nl.selam.kb.cache.TrainedParts;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.content.SmallTalk;
import nl.selam.kb.index.FaqFields;
import nl.selam.kb.index.FaqIndex;
import nl.selam.kb.index.FaqSearcher;
import nl.selam.kb.index.SearchResult;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.language.Language;
import nl.selam.kb.language.LanguageGuess;
import nl.selam.kb.language.LanguageIdentifier;
import nl.selam.kb.ranking.TopicRanker;
import nl.selam.kb.ranking.Understanding;
import nl.selam.kb.safety.SafetyReading;
import nl.selam.kb.safety.SafetySignals;
import nl.selam.kb.safety.SafetyThresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * The answer engine: identify the language, check safety signals, search, and decide between a confident answer,
 * a clarifying choice and a person. Stateless and thread-safe once built; {@code /api/ask} is a thin wrapper.
 */
public final class AnswerEngine implements AutoCloseable {

    /**
     * A clarify choice needs a second topic this close to the first (normalised score ratio) that is also
     * plausible on its own (at least this share of the clarify threshold): two near guesses, not a guess and noise.
     */
    private static final double CLARIFY_RATIO = 0.75;
    private static final double CLARIFY_SECOND = 0.9;

    private final KnowledgeBase knowledgeBase;
    private final Map<String, FaqEntry> entries;
    private final LanguageIdentifier identifier = new LanguageIdentifier();
    private final FaqIndex index;
    private final FaqSearcher searcher;
    private final ArabiziTransliterator arabizi;
    private final PatternDetector crisis;
    private final PatternDetector person;
    private final SmallTalkDetector smallTalk;
    private final ConfidenceModel model;
    private final Understanding understanding;
    /** Null when the ranker is switched off (measurements only). */
    private final TopicRanker ranker;
    private final SafetySignals safety;
    private final SafetyThresholds safetyThresholds;
    private final TopicSpecificity specificity;
    private final double minSpecificity;

    public AnswerEngine(KnowledgeBase knowledgeBase) {
        this(knowledgeBase, ConfidenceModel.from(knowledgeBase.calibration()));
    }

    public AnswerEngine(KnowledgeBase knowledgeBase, ConfidenceModel model) {
        this(knowledgeBase, model, Understanding.fromSystemProperties());
    }

    public AnswerEngine(KnowledgeBase knowledgeBase, ConfidenceModel model, Understanding understanding) {
        this(knowledgeBase, model, understanding, TrainedParts.NONE);
    }

    /**
     * @param kept where the index and the trained models are read back from when an earlier build of the same
     *             content by the same code kept them (nl.selam.kb.cache; the service keeps them in its data folder)
     */
    public AnswerEngine(KnowledgeBase knowledgeBase, ConfidenceModel model, Understanding understanding,
                        TrainedParts kept) {
        TrainedParts parts = kept.variant(understanding.analysis() && understanding.ranker() ? ""
                : "analysis=" + understanding.analysis() + ",ranker=" + understanding.ranker());
        this.understanding = understanding;
        this.knowledgeBase = knowledgeBase;
        this.entries = knowledgeBase.byId();
        LanguageAnalyzers analyzers = new LanguageAnalyzers(knowledgeBase.lexicon(),
                understanding.analysis() ? VocabularyVariants.of(knowledgeBase) : Map.of());
        // The ranker, the safety classifiers and the specificity table need the analysis, not the index: they are
        // built beside the index (issue 13: the build was about 4 s of CPU one after the other). Each part is
        // deterministic on its own, so the engine is the same whichever finishes first.
        BiFunction<Language, String, List<String>> analyse = (l, t) ->
                LanguageAnalyzers.terms(analyzers.forLanguage(l), FaqFields.text(l), t);
        ExecutorService threads = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "selam-engine-part");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<TopicRanker> trained = threads.submit(
                    () -> understanding.ranker() ? TopicRanker.train(knowledgeBase, analyse, parts) : null);
            Future<SafetySignals> signals = threads.submit(
                    () -> new SafetySignals(knowledgeBase, analyse, PatternDetector::fold, parts));
            Future<TopicSpecificity> specific = threads.submit(() -> parts.get("specificity",
                    TopicSpecificity.CODEC, () -> new TopicSpecificity(knowledgeBase.entries(), analyse)));
            this.index = parts.get("index", FaqIndex.codec(analyzers), () -> new FaqIndex(knowledgeBase, analyzers));
            this.searcher = new FaqSearcher(index, knowledgeBase.lexicon());
            this.arabizi = ArabiziSupport.transliterator(knowledgeBase, understanding.analysis());
            this.crisis = PatternDetector.folded(knowledgeBase.safety().crisis());
            this.person = PatternDetector.folded(knowledgeBase.safety().person());
            this.smallTalk = new SmallTalkDetector(knowledgeBase.smallTalk());
            this.model = model;
            this.ranker = join(trained);
            this.safety = join(signals);
            this.specificity = join(specific);
        } finally {
            threads.shutdownNow();
        }
        this.safetyThresholds = SafetyThresholds.from(knowledgeBase.calibration());
        this.minSpecificity = Double.parseDouble(knowledgeBase.calibration().getOrDefault("specificity.min", "0"));
    }

    private static <T> T join(Future<T> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the engine", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** An engine over the content that ships with the jar. */
    public static AnswerEngine fromClasspath() {
        return new AnswerEngine(KnowledgeBaseLoader.fromClasspath());
    }

    /**
     * Decides what to do with one message.
     *
     * @param text   the resident's message
     * @param chosen the language the resident chose (a button), or null; it wins over detection for the reply
     */
    public Decision decide(String text, Language chosen) {
        return LanguageCoverage.guard(decideWithAnyEntry(text, chosen), entries, knowledgeBase.municipality());
    }

    private Decision decideWithAnyEntry(String text, Language chosen) {
        String clean = TextCleaner.clean(text);
        LanguageGuess guess = identifier.identify(clean);
        Language reply = replyLanguage(chosen, guess);
        String folded = PatternDetector.fold(clean);
        SafetyReading reading = read(clean, guess);
        boolean personAsked = person.matchesFolded(folded);
        if (crisisPatterns(clean, folded, guess)
                || reading.crisis(safetyThresholds, classifiable(guess) ? wordCount(folded) : 0, personAsked)) {
            return crisisDecision(reply, guess.language(), 1.0);
        }
        if (personAsked) {
            return escalate(reply, guess.language(), FaqEntry.PERSON_TOPIC, 1.0, List.of(),
                    EscalationReason.ASKED_FOR_PERSON);
        }
        if (!TextCleaner.hasLetters(clean)) {
            return smallTalkDecision(SmallTalk.Kind.GREETING, reply, guess.language());
        }
        Optional<SmallTalk.Kind> wholeTalk = smallTalk.whole(folded);
        if (wholeTalk.isPresent()) {
            return smallTalkDecision(wholeTalk.get(), reply, guess.language());
        }
        if (!guess.language().isAnswered() && chosen == null && !isLatin(clean)) {
            return escalate(reply, guess.language(), null, 0.0, List.of(), EscalationReason.UNSUPPORTED_LANGUAGE);
        }
        if (reading.caseQuestion(safetyThresholds)) {
            // only a caseworker can see the resident's file: never the general FAQ text, even on shared words
            return escalate(reply, guess.language(), null, 1.0, List.of(), EscalationReason.CASE_QUESTION);
        }
        Scored scored = search(clean, chosen, guess, reading);
        Optional<SmallTalk.Kind> talk = smallTalk.detect(folded);
        Language replyLanguage = chosen != null ? chosen : scored.language();
        return decideFromScores(scored, clean, replyLanguage, guess.language(), talk,
                reading.outOfDomain(safetyThresholds));
    }

    /** The classifiers learned the answered languages only; on Amharic or Persian their scores mean nothing. */
    private static boolean classifiable(LanguageGuess guess) {
        return guess.language().isAnswered() || guess.arabizi();
    }

    private static int wordCount(String folded) {
        int words = 0;
        for (String w : folded.split(" ")) {
            if (TextCleaner.hasLetters(w)) {
                words++;
            }
        }
        return words;
    }

    private boolean crisisPatterns(String clean, String folded, LanguageGuess guess) {
        return crisis.matchesFolded(folded) || (guess.arabizi() && crisis.matches(arabizi.toArabic(clean)));
    }

    /** Whether the curated crisis rules (regular expressions or the cue lexicon) fire, whatever the classifier. */
    public boolean crisisByRules(String text) {
        String clean = TextCleaner.clean(text);
        LanguageGuess guess = identifier.identify(clean);
        return crisisPatterns(clean, PatternDetector.fold(clean), guess) || read(clean, guess).crisisCue().isPresent();
    }

    /** The safety checks beyond the regular expressions: cue lexicons and classifiers (for evaluation too). */
    public SafetyReading read(String text) {
        String clean = TextCleaner.clean(text);
        return read(clean, identifier.identify(clean));
    }

    private SafetyReading read(String clean, LanguageGuess guess) {
        return safety.read(clean, arabicOf(clean, guess));
    }

    private Optional<String> arabicOf(String clean, LanguageGuess guess) {
        return guess.arabizi() ? Optional.of(arabizi.toArabic(clean)) : Optional.empty();
    }

    /** The specificity of the words a message shares with a topic (see {@link TopicSpecificity}). */
    public double specificity(String text, Scored scored, String topic) {
        Language l = scored.language();
        String clean = TextCleaner.clean(text);
        LanguageGuess guess = identifier.identify(clean);
        String query = l == Language.AR && guess.arabizi() ? arabizi.toArabic(clean) : clean;
        return specificity.of(l, topic, searcher.analyse(l, query));
    }

    public SafetyThresholds safetyThresholds() {
        return safetyThresholds;
    }

    /** The search features of a message, for calibration and evaluation. */
    public Scored score(String text, Language chosen) {
        String clean = TextCleaner.clean(text);
        LanguageGuess guess = identifier.identify(clean);
        return search(clean, chosen, guess, read(clean, guess));
    }

    /** How a message was understood: the text searched, its analysed words, and each candidate's matched words. */
    public String explain(String text, Language chosen) {
        String clean = TextCleaner.clean(text);
        LanguageGuess guess = identifier.identify(clean);
        Scored scored = search(clean, chosen, guess, read(clean, guess));
        Language l = scored.language();
        String query = l == Language.AR && guess.arabizi() ? arabizi.toArabic(clean) : clean;
        StringBuilder out = new StringBuilder();
        out.append("language ").append(guess).append(" searched ").append(l.code()).append('\n');
        out.append("query ").append(query).append('\n');
        out.append("terms ").append(searcher.analyse(l, query)).append('\n');
        List<TopicScore> topics = scored.result().topics();
        for (int i = 0; i < Math.min(5, topics.size()); i++) {
            TopicScore t = topics.get(i);
            out.append(String.format(java.util.Locale.ROOT, "%-30s p=%.3f norm=%.3f cov=%.3f %s%n", t.topic(),
                    scored.probabilities().get(i), t.normalized(), t.coverage(),
                    searcher.matchedTerms(l, t.topic(), query)));
        }
        return out.toString();
    }

    /** A bare Lucene query on the same index, without Selam's analysis and decision (for benchmarks). */
    public int bareQuery(Language language, String text) {
        return searcher.bareSearch(language, text).scoreDocs.length;
    }

    public LanguageGuess identify(String text) {
        return identifier.identify(TextCleaner.clean(text));
    }

    /** Ranked topics with their probability of being right, in the language that was searched. */
    /**
     * @param offQuestion whether the message is a story whose question sentence asks about something the FAQ does
     *                    not know (a word no topic has) and shares no specific word with the best topic: then the
     *                    best topic was found on the story's words alone ("... my children go to school. What do I
     *                    do with my bicycle?")
     */
    public record Scored(Language language, SearchResult result, List<Double> probabilities, boolean offQuestion) {
        public double best() {
            return probabilities.isEmpty() ? 0 : probabilities.get(0);
        }
    }

    private Scored search(String clean, Language chosen, LanguageGuess guess, SafetyReading reading) {
        List<Language> languages = new ArrayList<>();
        if (guess.language().isAnswered() && (guess.confidence() >= 0.5 || chosen == null)) {
            languages.add(guess.language());
        } else if (chosen != null) {
            languages.add(chosen);
        } else {
            languages.addAll(List.of(Language.NL, Language.EN));
        }
        Scored best = null;
        for (Language language : languages) {
            boolean toArabic = language == Language.AR && guess.arabizi();
            String query = toArabic ? arabizi.toArabic(clean) : clean;
            QuestionFocus.Focus focus = understanding.focus() ? QuestionFocus.of(clean, language)
                    : new QuestionFocus.Focus(clean, "");
            String question = toArabic ? arabizi.toArabic(focus.question()) : focus.question();
            String story = toArabic ? arabizi.toArabic(focus.story()) : focus.story();
            SearchResult searched = focus.hasStory() ? searcher.search(language, query, question)
                    : searcher.search(language, query);
            SearchResult result = ranker == null ? searched
                    : ranker.rerank(searched, ranker.probabilities(language, question, story));
            List<Double> p = result.topics().stream()
                    .map(t -> model.probability(ConfidenceModel.features(result, t, reading))).toList();
            Scored scored = new Scored(language, result, p, focus.hasStory() && offQuestion(language, question,
                    result.best().map(TopicScore::topic).orElse("")));
            if (best == null || scored.best() > best.best()) {
                best = scored;
            }
        }
        return best;
    }

    private boolean offQuestion(Language language, String question, String topic) {
        SearchResult asked = searcher.search(language, question);
        return asked.unknownShare() > 0 && asked.topics().stream()
                .noneMatch(t -> t.topic().equals(topic) && t.strongMatches() > 0);
    }

    private Decision decideFromScores(Scored scored, String clean, Language reply, Language detected,
                                      Optional<SmallTalk.Kind> talk, boolean outOfDomain) {
        SearchResult result = scored.result();
        List<Candidate> candidates = candidates(scored, reply);
        Optional<TopicScore> best = result.best();
        double p = scored.best();
        Language searched = scored.language();
        if (talk.isPresent() && (result.strongTermCount() == 0
                || (talk.get() == SmallTalk.Kind.THANKS && result.strongTermCount() == 1))) {
            // "thank you for the help": thanks with one content word is not a question about that word;
            // "hallo, DigiD aanvragen?" is a question with a greeting in front
            return smallTalkDecision(talk.get(), reply, detected);
        }
        if (best.isPresent() && p >= model.answerThreshold(searched) && result.enoughEvidence(best.get())
                && !outOfDomain && !scored.offQuestion() && specificEnough(scored, clean, best.get().topic())) {
            String topic = best.get().topic();
            if (FaqEntry.CRISIS_TOPIC.equals(topic)) {
                return crisisDecision(reply, detected, p);
            }
            if (FaqEntry.PERSON_TOPIC.equals(topic)) {
                return escalate(reply, detected, topic, p, candidates, EscalationReason.ASKED_FOR_PERSON);
            }
            return new Decision(reply, detected, Outcome.ANSWER, topic, p, answerText(topic, reply), candidates,
                    null);
        }
        if (talk.isPresent()) {
            return smallTalkDecision(talk.get(), reply, detected);
        }
        if (!outOfDomain && best.isPresent() && result.second().isPresent() && p >= model.clarifyThreshold(searched)
                && best.get().strongMatches() > 0
                && result.second().get().normalized() >= CLARIFY_RATIO * best.get().normalized()
                && scored.probabilities().get(1) >= CLARIFY_SECOND * model.clarifyThreshold(searched)
                && isAnswerable(best.get().topic()) && isAnswerable(result.second().get().topic())) {
            List<Candidate> two = candidates.subList(0, 2);
            String question = knowledgeBase.smallTalk().of(SmallTalk.Kind.CLARIFY, reply).reply();
            String text = question + "\n1. " + two.get(0).title() + "\n2. " + two.get(1).title();
            return new Decision(reply, detected, Outcome.CLARIFY, best.get().topic(), p, text.strip(), two, null);
        }
        return escalate(reply, detected, null, p, candidates, EscalationReason.LOW_CONFIDENCE);
    }

    /** An answer needs a word specific to its topic, not only generic ones (money, letter, municipality). */
    private boolean specificEnough(Scored scored, String clean, String topic) {
        return minSpecificity <= 0 || specificity(clean, scored, topic) >= minSpecificity;
    }

    private static boolean isAnswerable(String topic) {
        return !FaqEntry.PERSON_TOPIC.equals(topic) && !FaqEntry.CRISIS_TOPIC.equals(topic);
    }

    private List<Candidate> candidates(Scored scored, Language reply) {
        List<Candidate> out = new ArrayList<>();
        List<TopicScore> topics = scored.result().topics();
        for (int i = 0; i < Math.min(3, topics.size()); i++) {
            String topic = topics.get(i).topic();
            out.add(new Candidate(topic, title(topic, reply), round(scored.probabilities().get(i))));
        }
        return out;
    }

    private Decision crisisDecision(Language reply, Language detected, double confidence) {
        return new Decision(reply, detected, Outcome.CRISIS, FaqEntry.CRISIS_TOPIC, round(confidence),
                answerText(FaqEntry.CRISIS_TOPIC, reply), List.of(), EscalationReason.CRISIS);
    }

    private Decision escalate(Language reply, Language detected, String topic, double confidence,
                              List<Candidate> candidates, EscalationReason reason) {
        return new Decision(reply, detected, Outcome.ESCALATE, topic, round(confidence),
                answerText(FaqEntry.PERSON_TOPIC, reply), candidates, reason);
    }

    private Decision smallTalkDecision(SmallTalk.Kind kind, Language reply, Language detected) {
        return new Decision(reply, detected, Outcome.GREETING, null, 1.0,
                knowledgeBase.smallTalk().of(kind, reply).reply(), List.of(), null);
    }

    private String answerText(String topic, Language language) {
        return localized(topic, language).map(t -> knowledgeBase.municipality().fill(t.answer())).orElse("");
    }

    private String title(String topic, Language language) {
        return localized(topic, language).map(LocalizedEntry::title).orElse(topic);
    }

    private Optional<LocalizedEntry> localized(String topic, Language language) {
        FaqEntry entry = entries.get(topic);
        if (entry == null) {
            return Optional.empty();
        }
        return entry.in(language).or(() -> entry.in(Language.NL));
    }

    private static Language replyLanguage(Language chosen, LanguageGuess guess) {
        if (chosen != null && chosen.isAnswered()) {
            return chosen;
        }
        return guess.language().isAnswered() ? guess.language() : Language.EN;
    }

    private static boolean isLatin(String text) {
        return text.codePoints().filter(Character::isLetter).allMatch(c -> c < 0x0250);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public ConfidenceModel model() {
        return model;
    }

    @Override
    public void close() {
        index.close();
    }
}
