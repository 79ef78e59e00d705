package nl.selam.kb.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the engine knows, loaded from the content folder: entries, small talk, word lists, thresholds. */
public record KnowledgeBase(List<FaqEntry> entries, SmallTalk smallTalk, Lexicon lexicon, SafetyLexicon safety,
                            Municipality municipality, Map<String, String> calibration) {

    public KnowledgeBase {
        entries = List.copyOf(entries);
        calibration = Map.copyOf(calibration);
    }

    public Optional<FaqEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Map<String, FaqEntry> byId() {
        return entries.stream().collect(Collectors.toMap(FaqEntry::id, Function.identity()));
    }
}
