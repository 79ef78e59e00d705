package nl.selam.kb.eval;

import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;

import java.nio.file.Path;

/** Shows how messages are understood and why topics matched. Usage: {@code ExplainCommand "message" ...}. */
public final class ExplainCommand {

    private ExplainCommand() {
    }

    public static void main(String[] args) {
        try (AnswerEngine engine = new AnswerEngine(KnowledgeBaseLoader.fromDirectory(Path.of("knowledge-base/content")))) {
            for (String text : args) {
                System.out.println(engine.explain(text, null));
                System.out.println(engine.read(text));
                System.out.println(engine.decide(text, null));
                System.out.println();
            }
        }
    }
}
