package nl.selam.bot.faq;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.content.Municipality;
import nl.selam.kb.language.Language;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FAQ as the console edits it: revisions per (topic, language), publishing (which rebuilds the live engine, so
 * residents get the new text at once), "reviewed" marks, history with diffs and roll back.
 */
@Singleton
public class FaqContent {

    private final FaqRevisionRepository revisions;
    private final LiveEngine engine;
    private final AuditLog audit;
    private final StaffRepository staff;
    private final Clock clock;

    FaqContent(FaqRevisionRepository revisions, LiveEngine engine, AuditLog audit, StaffRepository staff,
               Clock clock) {
        this.revisions = revisions;
        this.engine = engine;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    public FaqBoard board() {
        return FaqBoard.of(engine.shipped(), revisions.findAllOrderByIdAsc());
    }

    public Optional<FaqEntry> shipped(String topic) {
        return engine.shipped().entry(topic);
    }

    /** True for a shipped entry and for one created in the console (it has revisions). */
    public boolean exists(String topic) {
        return topic != null && (shipped(topic).isPresent() || revisions.existsByTopic(topic));
    }

    /** The categories a new entry may have: those of the shipped entries. */
    public java.util.Set<String> categories() {
        return NewEntries.categories(engine.shipped());
    }

    /**
     * Creates an entry: a DRAFT Dutch revision with the title (and the first question when it is Dutch); a first
     * question in another language becomes a draft of that language. Residents see nothing until the Dutch text is
     * published through the editor, with the usual checks.
     *
     * @return the new topic id
     * @throws FaqProblemsException when the form may not be saved (nothing is stored then)
     */
    public String create(StaffAccount who, NewEntryForm form) {
        synchronized (this) { // two redacteuren creating the same id at once: one wins, the other is told
            List<FaqForm.Problem> problems = NewEntries.problems(form, categories(), this::exists);
            if (!problems.isEmpty()) {
                throw new FaqProblemsException(problems);
            }
            String topic = form.cleanTopic();
            Language language = Language.fromCode(form.languageCode()).orElseThrow();
            String question = form.cleanQuestion();
            Instant now = clock.instant();
            revisions.save(new FaqRevision(null, topic, "nl", form.cleanTitle(),
                    language == Language.NL ? question : "", "", "", null, FaqRevision.DRAFT, who.id(), now, 0L,
                    "created"));
            if (language != Language.NL && !question.isEmpty()) {
                revisions.save(new FaqRevision(null, topic, language.code(), "", question, "", "", null,
                        FaqRevision.DRAFT, who.id(), now, 0L, "created"));
            }
            audit.record(who, "FAQ_CREATED", null, topic);
            return topic;
        }
    }

    /** The live municipality profile that fills placeholders for residents now. */
    public Municipality municipality() {
        return engine.current().knowledgeBase().municipality();
    }

    /** The entry's source links in use now (the latest published Dutch revision's, or the shipped ones). */
    public List<String> sources(String topic) {
        List<FaqRevision> nl = revisions.findByTopicAndLanguageOrderByIdAsc(topic, "nl");
        for (int i = nl.size() - 1; i >= 0; i--) {
            if (nl.get(i).published() && !nl.get(i).sourceList().isEmpty()) {
                return nl.get(i).sourceList();
            }
        }
        return shipped(topic).map(FaqEntry::sources).orElse(List.of());
    }

    /** What the editor shows for one language: the newest draft if there is one, else the text in use. */
    public FaqForm editable(FaqBoard board, String topic, Language language) {
        FaqBoard.Cell cell = board.cell(topic, language);
        FaqRevision draft = cell == null ? null : cell.draft();
        List<String> sources = language == Language.NL ? (draft != null && draft.sources() != null
                ? draft.sourceList() : sources(topic)) : null;
        if (draft != null) {
            return FaqForm.of(draft.toEntry(), sources);
        }
        if (cell != null && cell.text() != null) {
            return FaqForm.of(cell.text(), sources);
        }
        FaqForm empty = FaqForm.empty();
        return language == Language.NL ? FaqForm.of(new LocalizedEntry("", List.of(), List.of(), ""), sources)
                : empty;
    }

    /**
     * Saves one language of one entry as a new revision: a DRAFT, or PUBLISHED and then live for residents at once.
     *
     * @throws FaqProblemsException when the form may not be saved (nothing is stored then)
     */
    public FaqRevision save(StaffAccount who, String topic, Language language, FaqForm form, boolean publish,
                            @Nullable String note) {
        requireTopic(topic, language);
        List<FaqForm.Problem> problems = new ArrayList<>(form.problems(language, municipality()));
        if (publish && !dutchPublished(topic, language)) {
            problems.add(new FaqForm.Problem("faq.error.dutch-first", null));
        }
        if (!problems.isEmpty()) {
            throw new FaqProblemsException(problems);
        }
        String sources = language == Language.NL ? String.join("\n", form.sourceList()) : null;
        FaqRevision saved = revisions.save(new FaqRevision(null, topic, language.code(), form.cleanTitle(),
                String.join("\n", form.questionList()), String.join("\n", form.keywordList()), form.cleanAnswer(),
                sources, publish ? FaqRevision.PUBLISHED : FaqRevision.DRAFT, who.id(), clock.instant(),
                basedOn(topic, language), note));
        if (publish) {
            engine.rebuild();
            audit.record(who, "FAQ_PUBLISHED", null, topic + "/" + language.code());
        } else {
            audit.record(who, "FAQ_DRAFT_SAVED", null, topic + "/" + language.code());
        }
        return saved;
    }

    /** Marks a translation as checked against the current Dutch text: a published copy of the text in use. */
    public FaqRevision markReviewed(StaffAccount who, String topic, Language language) {
        requireTopic(topic, language);
        if (language == Language.NL) {
            throw new FaqProblemsException(List.of(new FaqForm.Problem("faq.error.review-dutch", null)));
        }
        FaqBoard.Cell cell = board().cell(topic, language);
        if (cell.text() == null) {
            throw new FaqProblemsException(List.of(new FaqForm.Problem("faq.error.review-missing", null)));
        }
        LocalizedEntry t = cell.text();
        FaqRevision saved = revisions.save(new FaqRevision(null, topic, language.code(), t.title(),
                String.join("\n", t.questions()), String.join("\n", t.keywords()), t.answer(), null,
                FaqRevision.PUBLISHED, who.id(), clock.instant(), basedOn(topic, language), "reviewed"));
        audit.record(who, "FAQ_MARKED_REVIEWED", null, topic + "/" + language.code());
        return saved;
    }

    /** Publishes a copy of an earlier revision (0 = the shipped text) as the newest revision. */
    public FaqRevision rollback(StaffAccount who, String topic, Language language, long revision) {
        requireTopic(topic, language);
        FaqRevision target;
        if (revision == 0) {
            LocalizedEntry shipped = shipped(topic).flatMap(e -> e.in(language)).orElseThrow(() ->
                    new FaqProblemsException(List.of(new FaqForm.Problem("faq.error.no-revision", "0"))));
            target = new FaqRevision(0L, topic, language.code(), shipped.title(),
                    String.join("\n", shipped.questions()), String.join("\n", shipped.keywords()), shipped.answer(),
                    language == Language.NL ? String.join("\n", shipped(topic).orElseThrow().sources()) : null,
                    FaqRevision.PUBLISHED, null, Instant.EPOCH, 0L, null);
        } else {
            target = revisions.findById(revision).filter(r -> r.topic().equals(topic)
                    && r.language().equals(language.code())).orElseThrow(() -> new FaqProblemsException(
                    List.of(new FaqForm.Problem("faq.error.no-revision", String.valueOf(revision)))));
        }
        if (target.answer().isBlank() || target.title().isBlank()) {
            // the draft a new entry starts with has no answer: residents must never get an empty one
            throw new FaqProblemsException(List.of(new FaqForm.Problem("faq.error.answer", null)));
        }
        if (!dutchPublished(topic, language)) {
            throw new FaqProblemsException(List.of(new FaqForm.Problem("faq.error.dutch-first", null)));
        }
        FaqRevision saved = revisions.save(new FaqRevision(null, topic, language.code(), target.title(),
                target.questions(), target.keywords(), target.answer(), target.sources(), FaqRevision.PUBLISHED,
                who.id(), clock.instant(), basedOn(topic, language), "rollback:" + revision));
        engine.rebuild();
        audit.record(who, "FAQ_ROLLED_BACK", null, topic + "/" + language.code());
        return saved;
    }

    /** A revision as the history page shows it, with its diff against the one before (the oldest: shipped). */
    public record HistoryItem(long revision, String state, @Nullable String author, @Nullable Instant at,
                              @Nullable String note, boolean current, List<FieldDiff> diffs) {

        public boolean shippedBaseline() {
            return revision == 0;
        }

        public boolean unchanged() {
            return diffs.stream().noneMatch(FieldDiff::changed);
        }
    }

    /** The diff of one field; {@code changed} false when the field is the same. */
    public record FieldDiff(String field, List<LineDiff.Line> lines, boolean changed) {
    }

    /** Every revision of one language of one entry, newest first, ending with the shipped text (revision 0). */
    public List<HistoryItem> history(String topic, Language language) {
        requireTopic(topic, language);
        List<FaqRevision> mine = revisions.findByTopicAndLanguageOrderByIdAsc(topic, language.code());
        FaqBoard.Cell cell = board().cell(topic, language);
        Optional<LocalizedEntry> shipped = shipped(topic).flatMap(e -> e.in(language));
        Map<Long, String> names = new HashMap<>();
        List<HistoryItem> items = new ArrayList<>();
        LocalizedEntry before = shipped.orElse(new LocalizedEntry("", List.of(), List.of(), ""));
        if (shipped(topic).isPresent()) { // an entry created in the console has no shipped text
            items.add(new HistoryItem(0, FaqRevision.PUBLISHED, null, null, "shipped", cell.revision() == 0,
                    diff(new LocalizedEntry("", List.of(), List.of(), ""), before)));
        }
        for (FaqRevision r : mine) {
            String author = r.staffId() == null ? null : names.computeIfAbsent(r.staffId(),
                    id -> staff.findById(id).map(StaffAccount::name).orElse("#" + id));
            items.add(new HistoryItem(r.id(), r.state(), author, r.createdAt(), r.note(), cell.revision() == r.id(),
                    diff(before, r.toEntry())));
            before = r.toEntry();
        }
        List<HistoryItem> newestFirst = new ArrayList<>(items);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    static List<FieldDiff> diff(LocalizedEntry a, LocalizedEntry b) {
        List<FieldDiff> out = new ArrayList<>();
        out.add(field("title", List.of(a.title()), List.of(b.title())));
        out.add(field("questions", a.questions(), b.questions()));
        out.add(field("keywords", a.keywords(), b.keywords()));
        out.add(field("answer", sentences(a.answer()), sentences(b.answer())));
        return out;
    }

    private static FieldDiff field(String name, List<String> a, List<String> b) {
        List<String> before = a.stream().filter(s -> !s.isBlank()).toList();
        List<String> after = b.stream().filter(s -> !s.isBlank()).toList();
        List<LineDiff.Line> lines = LineDiff.diff(before, after);
        return new FieldDiff(name, lines, LineDiff.changed(lines));
    }

    /** An answer is one paragraph: diffed per sentence (Latin, Ethiopic and Arabic sentence ends). */
    static List<String> sentences(String answer) {
        if (answer == null || answer.isBlank()) {
            return List.of();
        }
        return Arrays.stream(answer.split("(?<=[.!?።؟])\\s+")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    /** The Dutch revision current now: what a translation saved now is based on. */
    private long basedOn(String topic, Language language) {
        if (language == Language.NL) {
            return 0;
        }
        List<FaqRevision> nl = revisions.findByTopicAndLanguageOrderByIdAsc(topic, "nl");
        for (int i = nl.size() - 1; i >= 0; i--) {
            if (nl.get(i).published()) {
                return nl.get(i).id();
            }
        }
        return 0;
    }

    /**
     * Whether a text in this language may be published: always for Dutch and for shipped entries; for an entry
     * created in the console a translation waits until the Dutch text (the reference, with the sources) is published.
     */
    private boolean dutchPublished(String topic, Language language) {
        if (language == Language.NL || shipped(topic).isPresent()) {
            return true;
        }
        return revisions.findByTopicAndLanguageOrderByIdAsc(topic, "nl").stream().anyMatch(FaqRevision::published);
    }

    private void requireTopic(String topic, Language language) {
        if (!exists(topic) || !language.isAnswered()) {
            throw new UnknownEntryException();
        }
    }

    /** An address with a topic or language the FAQ does not have: 404. */
    public static class UnknownEntryException extends RuntimeException {
        public UnknownEntryException() {
            super("no such FAQ entry or language");
        }
    }
}
