package nl.selam.bench;

import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Building the engine (analyzers, synonym maps, the in-memory Lucene index) from the loaded knowledge base. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class IndexBuildBenchmark {

    private KnowledgeBase knowledgeBase;

    @Setup
    public void load() {
        knowledgeBase = KnowledgeBaseLoader.fromClasspath();
    }

    @Benchmark
    public int buildEngine() {
        try (AnswerEngine engine = new AnswerEngine(knowledgeBase)) {
            return engine.knowledgeBase().entries().size();
        }
    }
}
