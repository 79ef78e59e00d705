package nl.selam.kb.decision;

/** One engine for all decision tests: building the index once keeps the suite fast. */
final class EngineFixture {

    private static AnswerEngine engine;

    private EngineFixture() {
    }

    static synchronized AnswerEngine engine() {
        if (engine == null) {
            engine = AnswerEngine.fromClasspath();
        }
        return engine;
    }
}
