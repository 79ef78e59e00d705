package nl.selam.kb.safety;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.content.SafetyLexicon;
import nl.selam.kb.content.SafetyLexicon.ExampleSet;
import nl.selam.kb.content.SmallTalk;
import nl.selam.kb.cache.TrainedParts;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The safety checks that are not single regular expressions: the crisis and own-case cue lexicons of every
 * language (matched on that language's analysed words) and three n-gram classifiers trained here, at engine build,
 * from the shipped examples and FAQ questions:
 * <ul>
 *   <li>crisis: crisis examples and the crisis entry's questions against near misses, case questions, everyday
 *       requests, every other FAQ question and small talk;</li>
 *   <li>own case: case examples against FAQ questions, everyday requests, near misses and small talk;</li>
 *   <li>out of domain: everyday requests, chit-chat and news against FAQ questions, near misses and crises.</li>
 * </ul>
 * Thread-safe once built.
 */
public final class SafetySignals {

    private final Map<Language, CueLexicon> crisisCues = new EnumMap<>(Language.class);
    private final Map<Language, CueLexicon> caseCues = new EnumMap<>(Language.class);
    private final BiFunction<Language, String, List<String>> analyse;
    private final Function<String, String> fold;
    private final NgramClassifier crisis;
    private final NgramClassifier caseQuestion;
    private final NgramClassifier outOfDomain;

    /**
     * @param analyse a language's analysis of a text into terms (the search analyzers)
     * @param fold    the folding of a text into lower-case words separated by single spaces
     */
    public SafetySignals(KnowledgeBase kb, BiFunction<Language, String, List<String>> analyse,
                         Function<String, String> fold) {
        this(kb, analyse, fold, TrainedParts.NONE);
    }

    /** As above, the three classifiers kept in (or read from) {@code parts} (nl.selam.kb.cache). */
    public SafetySignals(KnowledgeBase kb, BiFunction<Language, String, List<String>> analyse,
                         Function<String, String> fold, TrainedParts parts) {
        this.analyse = analyse;
        this.fold = fold;
        SafetyLexicon safety = kb.safety();
        Function<String, List<String>> words = t -> split(fold.apply(t));
        for (Language l : Language.answeredLanguages()) {
            crisisCues.put(l, CueLexicon.parse(safety.crisisCues().getOrDefault(l, List.of()),
                    t -> analyse.apply(l, t), words));
            caseCues.put(l, CueLexicon.parse(safety.caseCues().getOrDefault(l, List.of()),
                    t -> analyse.apply(l, t), words));
        }
        List<String> faq = new ArrayList<>();
        List<String> crisisFaq = new ArrayList<>();
        List<String> personRequests = new ArrayList<>();
        for (FaqEntry e : kb.entries()) {
            for (Language l : Language.answeredLanguages()) {
                List<String> questions = e.in(l).map(LocalizedEntry::questions).orElse(List.of());
                if (FaqEntry.CRISIS_TOPIC.equals(e.id())) {
                    crisisFaq.addAll(questions);
                } else if (FaqEntry.PERSON_TOPIC.equals(e.id())) {
                    personRequests.addAll(questions);
                } else {
                    faq.addAll(questions);
                }
            }
        }
        List<String> smallTalk = new ArrayList<>();
        for (SmallTalk.Kind k : SmallTalk.Kind.values()) {
            for (Language l : Language.answeredLanguages()) {
                smallTalk.addAll(kb.smallTalk() == null ? List.of() : kb.smallTalk().of(k, l).phrases());
            }
        }
        List<String> crises = texts(safety, ExampleSet.CRISIS);
        crises.addAll(crisisFaq);
        List<String> nearMisses = texts(safety, ExampleSet.NOT_CRISIS);
        List<String> cases = texts(safety, ExampleSet.CASE);
        List<String> everyday = texts(safety, ExampleSet.OUT_OF_DOMAIN);
        // "I want to talk to a person" is a first-person wish like many crises; without these negatives the
        // classifier learns "I want ..." as a crisis cue
        // the three classifiers see mostly the same texts: fold and hash each text once (a third of their build)
        Map<String, String> folded = new HashMap<>();
        Map<String, int[]> features = new HashMap<>();
        Function<String, String> foldOnce = t -> folded.computeIfAbsent(t, fold);
        Function<String, int[]> featuresOnce = t -> features.computeIfAbsent(t, NgramClassifier::features);
        this.crisis = parts.get("safety.crisis", NgramClassifier.CODEC, () -> train(foldOnce, featuresOnce,
                crises, nearMisses, cases, everyday, faq, smallTalk, personRequests));
        this.caseQuestion = parts.get("safety.case", NgramClassifier.CODEC, () -> train(foldOnce, featuresOnce,
                cases, faq, everyday, nearMisses, smallTalk));
        this.outOfDomain = parts.get("safety.domain", NgramClassifier.CODEC, () -> train(foldOnce, featuresOnce,
                everyday, faq, nearMisses, crises));
    }

    @SafeVarargs
    private static NgramClassifier train(Function<String, String> fold, Function<String, int[]> features,
                                         List<String> positives, List<String>... negatives) {
        List<NgramClassifier.Sample> samples = new ArrayList<>();
        positives.forEach(t -> samples.add(new NgramClassifier.Sample(fold.apply(t), true)));
        for (List<String> list : negatives) {
            list.forEach(t -> samples.add(new NgramClassifier.Sample(fold.apply(t), false)));
        }
        return NgramClassifier.train(samples, features);
    }

    private static List<String> texts(SafetyLexicon safety, ExampleSet set) {
        return new ArrayList<>(safety.examples(set).stream().map(SafetyLexicon.Example::text).toList());
    }

    /**
     * Reads one cleaned message.
     *
     * @param arabic the message in Arabic letters when it is Arabizi, else empty
     */
    public SafetyReading read(String clean, Optional<String> arabic) {
        String folded = fold.apply(clean);
        String classified = arabic.map(a -> folded + " " + fold.apply(a)).orElse(folded);
        List<String> surface = split(classified);
        Optional<CueLexicon.Rule> crisisCue = Optional.empty();
        Optional<CueLexicon.Rule> caseCue = Optional.empty();
        for (Language l : Language.answeredLanguages()) {
            List<String> terms = new ArrayList<>(analyse.apply(l, clean));
            if (l == Language.AR && arabic.isPresent()) {
                terms.addAll(analyse.apply(l, arabic.get()));
            }
            if (crisisCue.isEmpty()) {
                crisisCue = crisisCues.get(l).match(terms, surface);
            }
            if (caseCue.isEmpty()) {
                caseCue = caseCues.get(l).match(terms, surface);
            }
        }
        return new SafetyReading(crisisCue, crisis.score(classified), caseCue, caseQuestion.score(classified),
                outOfDomain.score(classified));
    }

    /** The crisis cue lexicon of a language, for tests and content checks. */
    public CueLexicon crisisCues(Language language) {
        return crisisCues.get(language);
    }

    public CueLexicon caseCues(Language language) {
        return caseCues.get(language);
    }

    private static List<String> split(String folded) {
        return folded.isBlank() ? List.of() : List.of(folded.strip().split(" "));
    }
}
