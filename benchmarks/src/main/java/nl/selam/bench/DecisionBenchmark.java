package nl.selam.bench;

import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.language.Language;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The whole decision for one message (identify the language, normalise, search, decide) against a bare Lucene
 * query on the same index. Messages rotate over the four languages, Arabizi and a crisis message, so the figure
 * is a mix like real traffic rather than one cached path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {

    /** Messages written for the benchmark (not taken from the evaluation set). */
    static final String[] MESSAGES = {
        "Hoe kan ik me inschrijven bij een huisarts in mijn buurt?",
        "ik heb een brief gekrege van de belasting en ik begrijp hem niet",
        "How long does it take before I get my first money from the municipality?",
        "Where can I learn more Dutch besides my language school?",
        "كيف أسجل ابني في المدرسة؟ عمره سبع سنوات",
        "شو لازم اعمل لحتى طلع رخصة سواقة هون؟",
        "baddi sa2el 3an el ta2meen el se77i, 2adesh bi kallef?",
        "ኣብ ኮሙነ ከመይ ጌረ ቆጸራ ክሕዝ እኽእል?",
        "ወደይ ሓሚሙ ኣሎ፡ ሓኪም ኣበይ ክረክብ እኽእል?",
        "ናይ ኢንቡርገሪንግ ፈተና መዓስ እዩ?",
        "I don't want to live anymore",
        "Goedemorgen!",
    };
    static final Language[] BARE_LANGUAGES = {Language.NL, Language.NL, Language.EN, Language.EN, Language.AR,
        Language.AR, Language.AR, Language.TI, Language.TI, Language.TI, Language.EN, Language.NL};

    private AnswerEngine engine;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = AnswerEngine.fromClasspath();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public Decision wholeDecision() {
        int i = next++ % MESSAGES.length;
        return engine.decide(MESSAGES[i], null);
    }

    @Benchmark
    public int bareLuceneQuery() {
        int i = next++ % MESSAGES.length;
        return engine.bareQuery(BARE_LANGUAGES[i], MESSAGES[i]);
    }
}
