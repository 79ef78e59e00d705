package nl.selam.kb.safety;
import org.junit.jupiter.api.Test;
class DebugTmpTest {
    @Test void t() {
        var kb = nl.selam.kb.content.KnowledgeBaseLoader.fromDirectory(java.nio.file.Path.of("content"));
        System.out.println("CUES " + kb.safety().crisisCues().get(nl.selam.kb.language.Language.NL).size());
        try (var e = new nl.selam.kb.decision.AnswerEngine(kb)) {
            System.out.println("READ " + e.read("Ik heb een touw gekocht en vanavond doe ik het."));
        }
    }
}
