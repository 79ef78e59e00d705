package nl.selam.bot.console.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import nl.selam.bot.console.ConsoleTime;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.bot.faq.FaqSuggestions;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.console.replies.SavedReplies;
import nl.selam.bot.console.replies.SavedReply;
import nl.selam.bot.escalation.StaffFile;
import nl.selam.bot.escalation.StaffFiles;
import nl.selam.bot.escalation.StaffNote;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.escalation.EscalationState;
import nl.selam.bot.escalation.ChannelNotices;
import nl.selam.bot.escalation.ResidentMedia;
import nl.selam.bot.escalation.StaffDesk;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.privacy.StaffViewMasking;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One escalation's conversation and what a tolk does with it. Every route first checks that the escalation is in
 * one of the person's languages (403 with the "not allowed" page otherwise); the actions themselves are
 * {@link StaffDesk}'s, which audits them, so the console and the JSON staff API behave the same.
 */
@Controller(value = "/console/conversations", produces = MediaType.TEXT_HTML)
@Secured({"TOLK", "SLEUTELPERSOON"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ConversationController {


    private final ConsoleUsers users;
    private final StaffDesk desk;
    private final EscalationRepository escalations;
    private final EarlierEscalations earlier;
    private final MessageRepository messages;
    private final StaffRepository staff;
    private final LiveEngine engine;
    private final FaqSuggestions suggestions;
    private final List<ResidentMedia> media;
    private final AuditLog audit;
    private final StaffViewMasking masking;
    private final Clock clock;
    private final ConsoleTime time;
    private final SavedReplies saved;
    private final ResidentDirectory residents;
    private final StaffFiles files;
    private final List<ChannelNotices> channelNotices;

    ConversationController(ConsoleUsers users, StaffDesk desk, EscalationRepository escalations,
                           EarlierEscalations earlier, MessageRepository messages, StaffRepository staff,
                           LiveEngine engine, FaqSuggestions suggestions, List<ResidentMedia> media, AuditLog audit,
                           StaffViewMasking masking, Clock clock, ConsoleTime time, SavedReplies saved,
                           ResidentDirectory residents, StaffFiles files, List<ChannelNotices> channelNotices) {
        this.masking = masking;
        this.users = users;
        this.desk = desk;
        this.escalations = escalations;
        this.earlier = earlier;
        this.messages = messages;
        this.staff = staff;
        this.engine = engine;
        this.suggestions = suggestions;
        this.media = media;
        this.audit = audit;
        this.clock = clock;
        this.time = time;
        this.saved = saved;
        this.residents = residents;
        this.files = files;
        this.channelNotices = channelNotices;
    }

    /**
     * The conversation (reading it is audited by {@link StaffDesk#conversation}).
     *
     * @param faq     an FAQ topic whose answer fills the reply box (the page's topic picker without JavaScript)
     * @param suggest a staff reply of this conversation that fills the "suggest as FAQ" answer
     */
    @Get("/{id}")
    @View("console/conversation")
    Map<String, Object> show(Authentication authentication, @PathVariable long id, @Nullable @QueryValue String notice,
                             @Nullable @QueryValue String faq, @Nullable @QueryValue Long suggest) {
        ConsoleUser me = users.of(authentication);
        Escalation e = visible(me, id);
        List<Message> conversation = desk.conversation(me.account(), id);
        Instant now = clock.instant();
        String language = faqLanguage(e, conversation);
        // a sleutelpersoon reads the resident's words with identifying numbers masked, and colleagues' first names
        UnaryOperator<String> residentWords = text -> masking.forRole(me.role(), text);

        Map<String, Object> model = new HashMap<>();
        model.put("e", QueueViews.Row.of(e, me.id(), now, time));
        model.put("claimedBy", e.claimedBy() == null ? null : name(me, e.claimedBy()));
        model.put("handoverNote", residentWords.apply(e.handoverNote()));
        model.put("mayOpenMedia", masking.mayOpenResidentMedia(me.role()));
        model.put("mayClaim", e.state() == EscalationState.OPEN);
        model.put("works", e.isActive() && e.state() != EscalationState.OPEN && Objects.equals(e.claimedBy(), me.id()));
        model.put("mayAssign", e.state() == EscalationState.OPEN
                || (e.isActive() && Objects.equals(e.claimedBy(), me.id())));
        model.put("lines", thread(e, me, conversation));
        model.put("lastMessage", conversation.isEmpty() ? 0L : conversation.get(conversation.size() - 1).id());
        List<Escalation> before = earlier.findEarlier(e.residentId(), e.id());
        model.put("earlier", before.stream().map(x -> QueueViews.Row.of(x, me.id(), now, time)).toList());
        model.put("colleagues", desk.colleagues(me.account(), id).stream()
                .map(a -> new Colleague(a.id(), name(me, a.id()))).toList());
        model.put("savedReplies", saved.search(me.account(), List.of(e.language()), null));
        Panel panel = panel(e, before);
        model.put("panel", panel);
        model.put("channelNotices", channelNotices.stream()
                .flatMap(n -> n.about(e.residentId(), panel.channel()).stream()).toList());
        model.put("maxFile", files.maxBytes() / (1024 * 1024));
        model.put("faqLanguage", language);
        model.put("faqDir", QueueViews.dir(language));
        model.put("topics", topics(language));
        model.put("replyText", faq == null ? "" : answer(faq, language).orElse(""));
        model.put("suggestAnswer", suggestAnswer(conversation, me, suggest));
        model.put("suggestOpen", suggest != null);
        model.put("notice", Notices.known(notice));
        model.put("noticeIsError", Notices.isError(notice));
        model.put("maxReply", StaffDesk.MAX_REPLY);
        model.put("maxNote", StaffDesk.MAX_NOTE);
        return model;
    }

    /**
     * What changed since the page was drawn, for htmx polling: how many messages are newer than {@code after}, and
     * whether the escalation's state moved on. Counts only, no message text, so it is not a reading to audit.
     */
    @Get("/{id}/news")
    @View("console/conversation-news")
    Map<String, Object> news(Authentication authentication, @PathVariable long id, @QueryValue long after,
                             @Nullable @QueryValue String state) {
        ConsoleUser me = users.of(authentication);
        Escalation e = visible(me, id);
        long newer = messages.findByConversationIdOrderById(e.conversationId()).stream()
                .filter(m -> m.id() > after).count();
        Map<String, Object> model = new HashMap<>();
        model.put("id", e.id());
        model.put("newer", newer);
        model.put("stateChanged", state != null && !state.equals(e.state().name()));
        model.put("state", e.state().name());
        return model;
    }

    /** The reply box filled with an FAQ answer in the resident's language, for htmx to swap in. */
    @Get("/{id}/faq")
    @View("console/queue-reply-text")
    Map<String, Object> faqAnswer(Authentication authentication, @PathVariable long id,
                                  @Nullable @QueryValue String faq) {
        ConsoleUser me = users.of(authentication);
        Escalation e = visible(me, id);
        String language = faqLanguage(e, messages.findByConversationIdOrderById(e.conversationId()));
        Map<String, Object> model = new HashMap<>();
        model.put("replyText", faq == null ? "" : answer(faq, language).orElse(""));
        model.put("faqLanguage", language);
        model.put("faqDir", QueueViews.dir(language));
        model.put("maxReply", StaffDesk.MAX_REPLY);
        return model;
    }

    /** A resident's voice note, photo or document, fetched from their channel when asked for (audited there). */
    @Get(value = "/{id}/media/{messageId}", produces = MediaType.ALL)
    HttpResponse<byte[]> media(Authentication authentication, @PathVariable long id, @PathVariable long messageId) {
        ConsoleUser me = users.of(authentication);
        Escalation e = visible(me, id);
        if (!masking.mayOpenResidentMedia(me.role())) {
            // letters carry names and numbers a volunteer may not see; the refusal is audited like an opening
            audit.record(me.account(), "MEDIA_REFUSED", e.id());
            throw new NotYourLanguage();
        }
        Message m = messages.findById(messageId).filter(x -> Objects.equals(x.conversationId(), e.conversationId()))
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "media not found"));
        for (ResidentMedia channel : media) {
            if (channel.describe(m).isPresent()) {
                ResidentMedia.File file = channel.open(me.account(), m.id())
                        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "media not found"));
                return HttpResponse.ok(file.bytes()).contentType(MediaType.of(file.contentType()))
                        .header("Cache-Control", "no-store")
                        .header("Content-Disposition", "inline");
            }
        }
        throw new HttpStatusException(HttpStatus.NOT_FOUND, "media not found");
    }

    @Post(value = "/{id}/claim", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> claim(Authentication authentication, @PathVariable long id, @Body Form form) {
        ConsoleUser me = users.of(authentication);
        visible(me, id);
        return act(id, Notices.CLAIMED, () -> desk.claim(me.account(), id), here(id));
    }

    @Post(value = "/{id}/reply", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reply(Authentication authentication, @PathVariable long id, @Body ReplyForm form) {
        ConsoleUser me = users.of(authentication);
        visible(me, id);
        String text;
        try {
            text = StaffDesk.replyText(form.text());
        } catch (InvalidRequestException invalid) {
            return redirect(here(id), Notices.INVALID);
        }
        return act(id, Notices.REPLIED, () -> desk.reply(me.account(), id, text), here(id));
    }

    @Post(value = "/{id}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> release(Authentication authentication, @PathVariable long id, @Body Form form) {
        ConsoleUser me = users.of(authentication);
        visible(me, id);
        return act(id, Notices.RELEASED, () -> desk.release(me.account(), id), "/console/queue");
    }

    @Post(value = "/{id}/resolve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resolve(Authentication authentication, @PathVariable long id, @Body Form form) {
        ConsoleUser me = users.of(authentication);
        visible(me, id);
        return act(id, Notices.RESOLVED, () -> desk.resolve(me.account(), id), "/console/queue");
    }

    /** Hands the escalation to a klantmanager; the note says what they need to know. */
    @Post(value = "/{id}/handover", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> handOver(Authentication authentication, @PathVariable long id, @Body HandoverForm form) {
        ConsoleUser me = users.of(authentication);
        visible(me, id);
        String note;
        try {
            note = StaffDesk.handoverNote(form.note());
        } catch (InvalidRequestException invalid) {
            return redirect(here(id), Notices.INVALID);
        }
        return act(id, Notices.HANDED_OVER, () -> desk.handOver(me.account(), id, note), "/console/queue");
    }

    /** "Suggest as FAQ": the tolk's question and answer go to the redacteuren as a draft. */
    @Post(value = "/{id}/suggest", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> suggest(Authentication authentication, @PathVariable long id, @Body SuggestForm form) {
        ConsoleUser me = users.of(authentication);
        Escalation e = visible(me, id);
        String language = faqLanguage(e, messages.findByConversationIdOrderById(e.conversationId()));
        String topic = form.topic() == null || form.topic().isBlank() ? null : form.topic().strip();
        if (topic != null && engine.current().knowledgeBase().entry(topic).isEmpty()) {
            return redirect(here(id), Notices.INVALID);
        }
        try {
            suggestions.submit(me.account(), language, topic, form.question(), form.answer());
        } catch (InvalidRequestException invalid) {
            return redirect(here(id), Notices.INVALID);
        }
        audit.record(me.account(), "FAQ_SUGGESTED", e.id(), topic == null ? language : topic + " " + language);
        return redirect(here(id), Notices.SUGGESTED);
    }

    /** The saved replies of the conversation's language matching a search, for htmx to swap in beside the FAQ. */
    @Get("/{id}/replies")
    @View("console/saved-reply-list")
    Map<String, Object> savedReplies(Authentication authentication, @PathVariable long id,
                                     @Nullable @QueryValue String q) {
        ConsoleUser me = users.of(authentication);
        Escalation e = visible(me, id);
        Map<String, Object> model = new HashMap<>();
        model.put("e", QueueViews.Row.of(e, me.id(), clock.instant(), time));
        model.put("savedReplies", saved.search(me.account(), List.of(e.language()), q));
        return model;
    }

    /** The reply box filled with a saved reply, its placeholders filled in. */
    @Get("/{id}/replies/{replyId}")
    @View("console/queue-reply-text")
    Map<String, Object> savedReply(Authentication authentication, @PathVariable long id, @PathVariable long replyId) {
        ConsoleUser me = users.of(authentication);
        Escalation e = visible(me, id);
        SavedReply reply = saved.find(me.account(), replyId).filter(r -> r.language().equals(e.language()))
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "saved reply not found"));
        Map<String, Object> model = new HashMap<>();
        model.put("replyText", saved.fill(reply, me.account()));
        model.put("faqLanguage", e.language());
        model.put("faqDir", QueueViews.dir(e.language()));
        model.put("maxReply", StaffDesk.MAX_REPLY);
        return model;
    }

    /** Assigns an open conversation, or hands one the tolk holds, to a colleague of that language with a note. */
    @Post(value = "/{id}/assign", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> assign(Authentication authentication, @PathVariable long id, @Body AssignForm form) {
        ConsoleUser me = users.of(authentication);
        visible(me, id);
        String note;
        long to;
        try {
            note = StaffDesk.handoverNote(form.note());
            to = Long.parseLong(form.to() == null ? "" : form.to().strip());
        } catch (InvalidRequestException | NumberFormatException invalid) {
            return redirect(here(id), Notices.INVALID);
        }
        return act(id, Notices.ASSIGNED, () -> desk.assign(me.account(), id, to, note), "/console/queue");
    }

    /** An internal note: staff see it in the conversation, the resident never gets it. */
    @Post(value = "/{id}/note", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> note(Authentication authentication, @PathVariable long id, @Body NoteForm form) {
        ConsoleUser me = users.of(authentication);
        visible(me, id);
        String text;
        try {
            text = StaffDesk.handoverNote(form.text());
        } catch (InvalidRequestException invalid) {
            return redirect(here(id), Notices.INVALID);
        }
        return act(id, Notices.NOTED, () -> desk.note(me.account(), id, text), here(id));
    }

    /**
     * A file or photo for the resident, through their own channel. Multipart: the CSRF token comes as the header
     * (the page's script) or as the form's {@code _csrf} part, which the CSRF filter also reads.
     */
    @Post(value = "/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> file(Authentication authentication, @PathVariable long id,
                         @Nullable @io.micronaut.http.annotation.Part("file")
                         io.micronaut.http.multipart.CompletedFileUpload file,
                         @Nullable @io.micronaut.http.annotation.Part("caption") String caption) {
        ConsoleUser me = users.of(authentication);
        visible(me, id);
        if (file == null) {
            return redirect(here(id), Notices.FILE_REFUSED);
        }
        byte[] bytes;
        try {
            if (file.getSize() > files.maxBytes()) {
                return redirect(here(id), Notices.FILE_REFUSED);
            }
            bytes = file.getBytes();
        } catch (java.io.IOException e) {
            return redirect(here(id), Notices.FILE_REFUSED);
        }
        StaffFiles.Checked checked;
        try {
            checked = files.check(file.getFilename(), bytes, caption);
        } catch (InvalidRequestException refused) {
            return redirect(here(id), Notices.FILE_REFUSED);
        }
        return act(id, Notices.FILE_SENT, () -> files.send(me.account(), id, checked), here(id));
    }

    /** A file a staff member sent in this conversation, for staff to open again. */
    @Get(value = "/{id}/file/{messageId}", produces = MediaType.ALL)
    HttpResponse<byte[]> sentFile(Authentication authentication, @PathVariable long id, @PathVariable long messageId) {
        ConsoleUser me = users.of(authentication);
        Escalation e = visible(me, id);
        Message m = messages.findById(messageId).filter(x -> Objects.equals(x.conversationId(), e.conversationId()))
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "file not found"));
        StaffFile f = files.of(m.id())
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "file not found"));
        audit.record(me.account(), "OPEN_SENT_FILE", e.id());
        return StaffFiles.download(f);
    }

    // --- helpers ---

    // The messages and internal notes in the order they happened.
    private List<QueueViews.Line> thread(Escalation e, ConsoleUser me, List<Message> conversation) {
        Map<Long, String> names = new HashMap<>();
        UnaryOperator<String> residentWords = text -> masking.forRole(me.role(), text);
        Map<Long, String> sentFiles = files.names(conversation.stream()
                .filter(m -> m.kind() == nl.selam.bot.conversation.MessageKind.STAFF_FILE).map(Message::id).toList());
        List<Object[]> timed = new java.util.ArrayList<>();
        for (Message m : conversation) {
            timed.add(new Object[]{m.createdAt(), QueueViews.Line.of(m, e.language(),
                    m.staffId() == null ? null : names.computeIfAbsent(m.staffId(), id -> name(me, id)),
                    Objects.equals(m.staffId(), me.id()), describe(m), sentFiles.get(m.id()), time)
                    .maskedResident(residentWords)});
        }
        for (StaffNote n : desk.notes(me.account(), e.id())) {
            timed.add(new Object[]{n.createdAt(), QueueViews.Line.note(n, names.computeIfAbsent(n.staffId(), id -> name(me, id)),
                    n.staffId() == me.id(), n.handedTo() == null ? null : names.computeIfAbsent(n.handedTo(), id -> name(me, id)),
                    time)});
        }
        timed.sort(Comparator.comparing(x -> (Instant) x[0]));
        return timed.stream().map(x -> (QueueViews.Line) x[1]).toList();
    }

    // The side panel: who the resident is, as far as Selam knows (no name: residents are pseudonymous).
    private Panel panel(Escalation e, List<Escalation> before) {
        Resident r = residents.byId(e.residentId()).orElse(null);
        List<String> topics = r == null ? List.of() : messages.findVisible(r.id(), 0).stream()
                .map(Message::topic).filter(Objects::nonNull).distinct().limit(12).toList();
        return new Panel(r == null ? "?" : r.channel(), e.language(),
                r == null ? "" : time.full(r.createdAt()), before.size(), topics);
    }


    private Escalation visible(ConsoleUser me, long id) {
        Escalation e = escalations.findById(id)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "escalation not found"));
        if (!me.speaks(e.language()) || !desk.mayOpen(me.account(), e)) {
            throw new NotYourLanguage();
        }
        return e;
    }

    private static HttpResponse<?> act(long id, String notice, Supplier<?> action, String target) {
        try {
            action.get();
            return redirect(target, notice);
        } catch (ApiProblem problem) {
            // lost a race (someone else claimed it) or the escalation was closed meanwhile
            return redirect("/console/conversations/" + id, Notices.CONFLICT);
        } catch (InvalidRequestException invalid) {
            // e.g. a colleague who does not answer in this language
            return redirect("/console/conversations/" + id, Notices.INVALID);
        }
    }

    private static String here(long id) {
        return "/console/conversations/" + id;
    }

    private static HttpResponse<?> redirect(String target, String notice) {
        String anchor = target.startsWith("/console/conversations/") ? "#actions" : "";
        return HttpResponse.seeOther(URI.create(target + "?notice=" + notice + anchor));
    }

    private String name(long staffId) {
        return staff.findById(staffId).map(StaffAccount::name).orElse("#" + staffId);
    }

    // Sleutelpersonen see their colleagues by first name only, as residents see a tolk's signature.
    private String name(ConsoleUser me, long staffId) {
        String full = name(staffId);
        return masking.masks(me.role()) ? full.strip().split("\\s+")[0] : full;
    }

    @Nullable
    private ResidentMedia.Attachment describe(Message m) {
        for (ResidentMedia channel : media) {
            Optional<ResidentMedia.Attachment> found = channel.describe(m);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    /**
     * The language of the FAQ answers offered: the queue's language when the FAQ is written in it; for Amharic or
     * Persian, the language Selam last answered this resident in.
     */
    private static String faqLanguage(Escalation e, List<Message> conversation) {
        if (Language.fromCode(e.language()).map(Language::isAnswered).orElse(false)) {
            return e.language();
        }
        for (int i = conversation.size() - 1; i >= 0; i--) {
            Message m = conversation.get(i);
            if (m.direction() == Message.Direction.OUT
                    && Language.fromCode(m.language()).map(Language::isAnswered).orElse(false)) {
                return m.language();
            }
        }
        return Language.NL.code();
    }

    private List<QueueViews.Topic> topics(String language) {
        Language lang = Language.fromCode(language).orElse(Language.NL);
        return engine.current().knowledgeBase().entries().stream()
                .filter(entry -> !FaqEntry.PERSON_TOPIC.equals(entry.id()))
                .flatMap(entry -> entry.in(lang).filter(l -> !l.answer().isBlank()).stream()
                        .map(l -> new QueueViews.Topic(entry.id(), l.title().isBlank() ? entry.id() : l.title())))
                .sorted(Comparator.comparing(QueueViews.Topic::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The answer of a topic in the language, placeholders filled with this municipality's details. */
    private Optional<String> answer(String topic, String language) {
        KnowledgeBase kb = engine.current().knowledgeBase();
        Language lang = Language.fromCode(language).orElse(Language.NL);
        return kb.entry(topic).flatMap(entry -> entry.in(lang)).map(LocalizedEntry::answer)
                .filter(a -> !a.isBlank()).map(a -> kb.municipality().fill(a));
    }

    // The reply chosen with "suggest as FAQ", else this tolk's last reply here, else nothing.
    private static String suggestAnswer(List<Message> conversation, ConsoleUser me, @Nullable Long chosen) {
        String last = "";
        for (Message m : conversation) {
            if (m.staffId() == null || m.text() == null) {
                continue;
            }
            if (chosen != null && chosen.equals(m.id())) {
                return m.text();
            }
            if (m.staffId() == me.id()) {
                last = m.text();
            }
        }
        return last;
    }

    @Serdeable
    record Form(@Nullable String _csrf) {
    }

    @Serdeable
    record AssignForm(@Nullable String to, @Nullable String note, @Nullable String _csrf) {
    }

    @Serdeable
    record NoteForm(@Nullable String text, @Nullable String _csrf) {
    }

    /** A colleague to hand a conversation to. */
    public record Colleague(long id, String name) {
    }

    /**
     * The side panel.
     *
     * @param firstContact when the resident first wrote to Selam (in the municipality's time zone)
     * @param earlier      how many escalations they had before this one
     * @param topics       the FAQ topics of their conversations that are still kept
     */
    public record Panel(String channel, String language, String firstContact, int earlier, List<String> topics) {
    }

    @Serdeable
    record ReplyForm(@Nullable String text, @Nullable String _csrf) {
    }

    @Serdeable
    record HandoverForm(@Nullable String note, @Nullable String _csrf) {
    }

    @Serdeable
    record SuggestForm(@Nullable String question, @Nullable String answer, @Nullable String topic,
                       @Nullable String _csrf) {
    }
}
