package nl.selam.bot.faq;

import io.micronaut.core.annotation.Nullable;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every (topic, language) stands: the text residents get now, a newer unpublished draft, and the status against
 * the Dutch text. Computed from the shipped content (revision 0 of everything, reviewed) and the stored revisions;
 * pure, so it is tested without a database.
 */
public final class FaqBoard {

    /** One language of one entry. {@code revision} is 0 when the shipped text is in use. */
    public record Cell(String topic, Language language, @Nullable LocalizedEntry text, long revision,
                       @Nullable FaqRevision published, @Nullable FaqRevision draft, FaqStatus status) {

        public String statusName() {
            return status.name();
        }

        public boolean hasDraft() {
            return draft != null;
        }
    }

    /**
     * One entry: its Dutch title and a cell per answered language. {@code shipped} is false for an entry created in
     * the console (it exists through its revisions only).
     */
    public record Row(String topic, String title, Map<Language, Cell> cells, boolean shipped) {

        public Cell cell(String code) {
            return cells.get(Language.fromCode(code).orElseThrow());
        }

        public List<Cell> cellList() {
            return List.copyOf(cells.values());
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    private FaqBoard() {
    }

    public static FaqBoard of(KnowledgeBase shipped, List<FaqRevision> revisions) {
        Map<String, List<FaqRevision>> byKey = new HashMap<>();
        for (FaqRevision r : revisions) {
            byKey.computeIfAbsent(r.topic() + "/" + r.language(), k -> new ArrayList<>()).add(r);
        }
        FaqBoard board = new FaqBoard();
        for (FaqEntry entry : shipped.entries()) {
            board.add(entry.id(), entry, byKey);
        }
        // entries created in the console: every topic with revisions the shipped content lacks, oldest first
        for (FaqRevision r : revisions) {
            if (!board.rows.containsKey(r.topic()) && shipped.entry(r.topic()).isEmpty()) {
                board.add(r.topic(), null, byKey);
            }
        }
        return board;
    }

    private void add(String topic, @Nullable FaqEntry entry, Map<String, List<FaqRevision>> byKey) {
        FaqRevision nlPublished = lastPublished(byKey.get(topic + "/nl"));
        long nlCurrent = nlPublished == null ? 0 : nlPublished.id();
        Map<Language, Cell> cells = new LinkedHashMap<>();
        for (Language language : Language.answeredLanguages()) {
            List<FaqRevision> mine = byKey.getOrDefault(topic + "/" + language.code(), List.of());
            FaqRevision published = lastPublished(mine);
            FaqRevision draft = pendingDraft(mine);
            LocalizedEntry text = published != null ? published.toEntry()
                    : entry == null ? null : entry.in(language).orElse(null);
            long basedOn = published == null || published.basedOn() == null ? 0 : published.basedOn();
            FaqStatus status;
            if (text == null || text.answer().isBlank()) {
                status = FaqStatus.MISSING;
            } else if (language == Language.NL || basedOn >= nlCurrent) {
                status = FaqStatus.REVIEWED;
            } else {
                status = FaqStatus.OUTDATED;
            }
            cells.put(language, new Cell(topic, language, text, published == null ? 0 : published.id(),
                    published, draft, status));
        }
        Cell nl = cells.get(Language.NL);
        String title = nl.text() != null ? nl.text().title()
                : nl.draft() != null && !nl.draft().title().isBlank() ? nl.draft().title() : topic;
        rows.put(topic, new Row(topic, title, cells, entry != null));
    }

    /**
     * The newest draft not yet followed by a published edit. A "reviewed" mark does not count as an edit: a tolk's
     * draft stays visible until a redacteur publishes or replaces it.
     */
    private static FaqRevision pendingDraft(List<FaqRevision> revisions) {
        FaqRevision draft = null;
        for (FaqRevision r : revisions) {
            if (!r.published()) {
                draft = r;
            } else if (!"reviewed".equals(r.note())) {
                draft = null;
            }
        }
        return draft;
    }

    private static FaqRevision lastPublished(List<FaqRevision> revisions) {
        if (revisions == null) {
            return null;
        }
        FaqRevision last = null;
        for (FaqRevision r : revisions) {
            if (r.published() && (last == null || r.id() > last.id())) {
                last = r;
            }
        }
        return last;
    }

    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    public @Nullable Row row(String topic) {
        return rows.get(topic);
    }

    public Cell cell(String topic, Language language) {
        Row row = rows.get(topic);
        return row == null ? null : row.cells().get(language);
    }

    /** The Dutch revision translations are measured against now (0 = shipped). */
    public long dutchRevision(String topic) {
        Cell nl = cell(topic, Language.NL);
        return nl == null ? 0 : nl.revision();
    }
}
