package nl.selam.kb.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalSplitTest {

    private static final List<LabelledMessage> DEV2 = LabelledMessage.read(
            Path.of(System.getProperty("selam.repo.root", ".."), "..", "shared", "eval", "dev2.tsv"));

    @Test
    void theHalvesAreDisjointAndCoverEveryRow() {
        Set<String> tune = ids(EvalSplit.TUNE.select(DEV2));
        Set<String> held = ids(EvalSplit.HELD.select(DEV2));
        Set<String> both = new HashSet<>(tune);
        both.retainAll(held);
        assertTrue(both.isEmpty(), "rows in both halves: " + both);
        assertEquals(DEV2.size(), tune.size() + held.size());
        assertTrue(held.size() >= DEV2.size() * 0.4 && held.size() <= DEV2.size() * 0.5, "held " + held.size());
    }

    @Test
    void everyLanguageAndLabelIsSplitEvenly() {
        Map<String, Long> all = count(DEV2);
        Map<String, Long> held = count(EvalSplit.HELD.select(DEV2));
        for (var group : all.entrySet()) {
            assertEquals(group.getValue() / 2, held.getOrDefault(group.getKey(), 0L), group.getKey());
        }
    }

    @Test
    void theSplitDependsOnTheIdsOnlyNotOnTheOrderOfTheFile() {
        List<LabelledMessage> reversed = new java.util.ArrayList<>(DEV2);
        java.util.Collections.reverse(reversed);
        assertEquals(ids(EvalSplit.HELD.select(DEV2)), ids(EvalSplit.HELD.select(reversed)));
        assertEquals(DEV2, EvalSplit.ALL.select(DEV2));
    }

    private static Set<String> ids(List<LabelledMessage> rows) {
        return rows.stream().map(LabelledMessage::id).collect(Collectors.toSet());
    }

    private static Map<String, Long> count(List<LabelledMessage> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.language() + "/" + r.expected(), Collectors.counting()));
    }
}
