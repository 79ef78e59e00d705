package nl.selam.kb.cache;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.ConfidenceModel;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.language.Language;
import nl.selam.kb.ranking.Understanding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's trained parts kept on disk: reused when unchanged, rebuilt when damaged, foreign or outdated. */
class TrainedPartsTest {

    private static final List<String> PARTS = List.of("index", "ranker.ar", "ranker.en", "ranker.nl", "ranker.ti",
            "safety.case", "safety.crisis", "safety.domain", "specificity");

    private static KnowledgeBase kb;
    private static List<String> messages;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        kb = KnowledgeBaseLoader.fromClasspath();
        messages = new ArrayList<>();
        for (FaqEntry e : kb.entries()) {
            for (Language l : Language.answeredLanguages()) {
                e.in(l).map(LocalizedEntry::questions).filter(q -> !q.isEmpty()).ifPresent(q -> {
                    messages.add(q.get(0));
                    messages.add(q.get(q.size() - 1) + " " + e.in(l).get().title());
                });
            }
        }
        messages.addAll(List.of("ik wil dood", "hallo", "wanneer krijg ik mijn uitkering?", "Kaifa 7alak ya akhi",
                "ሰላም", "Hoe vind ik een huisartz"));
    }

    @Test
    void givenKeptParts_whenTheSameContentStartsAgain_thenEveryPartIsReadBackAndDecisionsAreIdentical()
            throws IOException {
        Recording first = new Recording();
        List<Decision> built = decisions(engine(first));
        assertEquals(PARTS, first.builtNames(), "a cold start builds every part");
        assertTrue(first.built.values().stream().allMatch("none kept"::equals), first.built.toString());

        Recording second = new Recording();
        List<Decision> reused = decisions(engine(second));
        assertEquals(PARTS, second.reused.stream().sorted().toList(), "a warm start reads every part back");
        assertTrue(second.built.isEmpty(), second.built.toString());
        assertEquals(built, reused);

        // damage three files, replace one by another part's file, leave the rest alone
        Path index = folder.resolve("index.part");
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(index, bytes);
        Path ranker = folder.resolve("ranker.nl.part");
        Files.write(ranker, java.util.Arrays.copyOf(Files.readAllBytes(ranker), 1000));
        Files.write(folder.resolve("safety.crisis.part"), "not a part at all".getBytes());
        Files.copy(folder.resolve("safety.case.part"), folder.resolve("safety.domain.part"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Recording third = new Recording();
        List<Decision> repaired = decisions(engine(third));
        assertEquals(List.of("index", "ranker.nl", "safety.crisis", "safety.domain"), third.builtNames());
        assertEquals(PARTS.size() - 4, third.reused.size());
        assertEquals(built, repaired, "damaged files are ignored, not half-read");

        Recording fourth = new Recording();
        engine(fourth);
        assertEquals(PARTS, fourth.reused.stream().sorted().toList(), "the rebuilt parts were kept again");
    }

    @Test
    void givenPartsOfOtherContent_whenStarting_thenTheyAreRebuilt() {
        PartCodec<String> text = new PartCodec<>() {
            @Override
            public void write(String part, DataOutputStream out) throws IOException {
                out.writeUTF(part);
            }

            @Override
            public String read(DataInputStream in) throws IOException {
                return in.readUTF();
            }
        };
        Recording log = new Recording();
        String key = DiskTrainedParts.keyOf(kb);
        assertEquals("one", new DiskTrainedParts(folder, key, log).get("p", text, () -> "one"));
        assertEquals("one", new DiskTrainedParts(folder, key, log).get("p", text, () -> "two"));

        KnowledgeBase edited = new KnowledgeBase(kb.entries().subList(1, kb.entries().size()), kb.smallTalk(),
                kb.lexicon(), kb.safety(), kb.municipality(), kb.calibration());
        String otherKey = DiskTrainedParts.keyOf(edited);
        assertNotEquals(key, otherKey);
        assertEquals("three", new DiskTrainedParts(folder, otherKey, log).get("p", text, () -> "three"));
        assertEquals("other content or code", log.built.get("p"));
        assertEquals("four", new DiskTrainedParts(folder, key, log).variant("ranker=false")
                .get("p", text, () -> "four"), "a build setting is part of the key");
    }

    @Test
    void fingerprintIgnoresMapOrderButNotContent() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("x", "1");
        a.put("y", "2");
        Map<String, String> b = new TreeMap<>(java.util.Comparator.reverseOrder());
        b.putAll(a);
        KnowledgeBase one = new KnowledgeBase(kb.entries(), kb.smallTalk(), kb.lexicon(), kb.safety(),
                kb.municipality(), a);
        KnowledgeBase two = new KnowledgeBase(kb.entries(), kb.smallTalk(), kb.lexicon(), kb.safety(),
                kb.municipality(), b);
        assertEquals(ContentFingerprint.of(one), ContentFingerprint.of(two));
        Map<String, String> c = new HashMap<>(a);
        c.put("y", "3");
        assertNotEquals(ContentFingerprint.of(one), ContentFingerprint.of(new KnowledgeBase(kb.entries(),
                kb.smallTalk(), kb.lexicon(), kb.safety(), kb.municipality(), c)));
        assertEquals(ContentFingerprint.of(kb), ContentFingerprint.of(KnowledgeBaseLoader.fromClasspath()),
                "two loads of the same content have one fingerprint");
    }

    private AnswerEngine engine(Recording log) {
        return new AnswerEngine(kb, ConfidenceModel.from(kb.calibration()), Understanding.ALL,
                new DiskTrainedParts(folder, DiskTrainedParts.keyOf(kb), log));
    }

    private static List<Decision> decisions(AnswerEngine engine) {
        try (engine) {
            return messages.stream().map(m -> engine.decide(m, null)).toList();
        }
    }

    private static final class Recording implements DiskTrainedParts.Listener {
        final List<String> reused = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, String> built = java.util.Collections.synchronizedMap(new TreeMap<>());

        @Override
        public void reused(String name) {
            reused.add(name);
        }

        @Override
        public void built(String name, String reason) {
            built.put(name, reason);
        }

        @Override
        public void notKept(String name, Exception problem) {
            throw new AssertionError(name, problem);
        }

        List<String> builtNames() {
            return List.copyOf(built.keySet());
        }
    }
}
