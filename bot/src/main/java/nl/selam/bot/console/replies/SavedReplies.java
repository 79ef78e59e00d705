package nl.selam.bot.console.replies;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The saved replies of a staff member's languages. Only someone who answers in a language may read, add, change or
 * remove its replies; every change is audited (the title and language, not the text).
 */
@Singleton
public class SavedReplies {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 4000;

    private final SavedReplyRepository replies;
    private final LiveEngine engine;
    private final AuditLog audit;
    private final Clock clock;

    SavedReplies(SavedReplyRepository replies, LiveEngine engine, AuditLog audit, Clock clock) {
        this.replies = replies;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The replies of these languages (each must be one of the staff member's) whose title or text contains every
     * word of the search, ignoring case and accents.
     */
    public List<SavedReply> search(StaffAccount staff, List<String> languages, @Nullable String query) {
        List<String> allowed = languages.stream().filter(staff.languageList()::contains).toList();
        if (allowed.isEmpty() || !staff.answersResidents()) {
            return List.of();
        }
        String[] words = fold(query == null ? "" : query).split("\\s+");
        return replies.findIn(allowed).stream().filter(r -> {
            String hay = fold(r.title() + " " + r.body());
            for (String w : words) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    public Optional<SavedReply> find(StaffAccount staff, long id) {
        return replies.findById(id).filter(r -> staff.answersResidents() && staff.languageList().contains(r.language()));
    }

    public SavedReply save(StaffAccount staff, @Nullable Long id, String language, String title, String body) {
        if (!staff.answersResidents() || language == null || !staff.languageList().contains(language)) {
            throw ApiProblem.forbidden("not one of your languages");
        }
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE || b.isEmpty() || b.codePointCount(0, b.length()) > MAX_BODY) {
            throw new InvalidRequestException("a saved reply needs a title of 1 to " + MAX_TITLE
                    + " characters and a text of 1 to " + MAX_BODY);
        }
        SavedReply saved;
        if (id == null) {
            saved = replies.save(new SavedReply(null, language, t, b, staff.id(), clock.instant()));
        } else {
            SavedReply old = find(staff, id).orElseThrow(() -> ApiProblem.notFound("saved reply"));
            saved = replies.update(new SavedReply(old.id(), language, t, b, old.createdBy(), clock.instant()));
        }
        audit.record(staff, id == null ? "REPLY_SAVED" : "REPLY_CHANGED", null, "saved reply " + saved.id()
                + " " + language);
        return saved;
    }

    public void delete(StaffAccount staff, long id) {
        SavedReply old = find(staff, id).orElseThrow(() -> ApiProblem.notFound("saved reply"));
        replies.deleteById(old.id());
        audit.record(staff, "REPLY_DELETED", null, "saved reply " + old.id() + " " + old.language());
    }

    /**
     * The text with its placeholders filled: {voornaam} is the first name of the staff member inserting it (the
     * resident is pseudonymous, so there is no resident's name to fill), {gemeente.*} this municipality's details.
     * An unknown placeholder stays as typed, for the tolk to see and fix.
     */
    public String fill(SavedReply reply, StaffAccount staff) {
        String first = staff.name().strip().split("\\s+")[0];
        String text = reply.body().replace("{voornaam}", first).replace("{naam}", staff.name().strip());
        return engine.current().knowledgeBase().municipality().fill(text);
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT);
    }
}
