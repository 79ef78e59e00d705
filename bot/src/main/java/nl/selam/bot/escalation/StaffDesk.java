package nl.selam.bot.escalation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Outgoing;
import nl.selam.bot.conversation.ReplyWriter;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.outbox.Outbox;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What tolken and sleutelpersonen do with escalations. Every transition is one conditional UPDATE; when it
 * touches no row the action lost a race or was not allowed, and the caller gets a conflict.
 */
@Singleton
public class StaffDesk {

    private final EscalationRepository escalations;
    private final MessageRepository messages;
    private final ResidentDirectory residents;
    private final ReplyWriter writer;
    private final Outbox outbox;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ApplicationEventPublisher<EscalationClaimed> claims;
    private final EscalationRouting routing;
    private final StaffNoteRepository notes;
    private final StaffRepository staffAccounts;

    StaffDesk(EscalationRepository escalations, MessageRepository messages, ResidentDirectory residents,
              ReplyWriter writer, Outbox outbox, AuditLog audit, TransactionOperations<Connection> tx, Clock clock,
              ApplicationEventPublisher<EscalationClaimed> claims, EscalationRouting routing,
              StaffNoteRepository notes, StaffRepository staffAccounts) {
        this.routing = routing;
        this.escalations = escalations;
        this.messages = messages;
        this.residents = residents;
        this.writer = writer;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.claims = claims;
        this.notes = notes;
        this.staffAccounts = staffAccounts;
    }

    /**
     * The queues of the staff member's languages (crisis first, then oldest) that their pool may take (with the
     * fallback, see {@link EscalationRouting#mayTake}), plus what they hold themselves.
     */
    public List<Escalation> queue(StaffAccount staff) {
        requireQueueRole(staff);
        List<String> languages = staff.languageList();
        if (languages.isEmpty()) {
            return List.of();
        }
        var mayTake = routing.mayTake(staff);
        return escalations.findQueue(languages, staff.id()).stream().filter(mayTake).toList();
    }

    /** Whether the staff member may open this escalation at all: their language, and their pool or the fallback. */
    public boolean mayOpen(StaffAccount staff, Escalation e) {
        return staff.answersResidents() && staff.languageList().contains(e.language())
                && routing.mayTake(staff).test(e);
    }

    /**
     * Every active escalation of the staff member's languages that their pool may take, whoever holds it (crisis
     * first, then oldest).
     */
    public List<Escalation> allActive(StaffAccount staff) {
        requireQueueRole(staff);
        List<String> languages = staff.languageList();
        if (languages.isEmpty()) {
            return List.of();
        }
        var mayTake = routing.mayTake(staff);
        return escalations.findActiveIn(languages).stream().filter(mayTake).toList();
    }

    /** The active colleagues who answer in the escalation's language, the staff member excluded. */
    public List<StaffAccount> colleagues(StaffAccount staff, long escalationId) {
        Escalation e = visible(staff, escalationId);
        List<StaffAccount> found = new ArrayList<>();
        for (StaffAccount a : staffAccounts.findAll()) {
            if (a.answersResidents() && !a.id().equals(staff.id()) && a.languageList().contains(e.language())
                    && routing.mayTake(a).test(e)) {
                found.add(a);
            }
        }
        found.sort(Comparator.comparing(StaffAccount::name, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    /**
     * Assigns an open escalation to a colleague, or hands one the staff member holds to a colleague, with a note
     * for them (kept as an internal note). The colleague must answer in the escalation's language.
     */
    public Escalation assign(StaffAccount staff, long escalationId, long colleagueId, String note) {
        Escalation e = visible(staff, escalationId);
        StaffAccount colleague = staffAccounts.findById(colleagueId).filter(StaffAccount::answersResidents)
                .filter(a -> a.languageList().contains(e.language()) && routing.mayTake(a).test(e))
                .orElseThrow(() -> new InvalidRequestException(
                        "that colleague does not answer in this language or may not take this conversation"));
        if (colleague.id().equals(staff.id())) {
            throw new InvalidRequestException("hand it to someone else, or claim it");
        }
        return tx.executeWrite(status -> {
            if (escalations.assign(e.id(), staff.id(), colleague.id(), clock.instant()) == 0) {
                throw ApiProblem.conflict("the escalation is no longer open or yours to hand on");
            }
            notes.save(new StaffNote(null, e.id(), staff.id(), colleague.id(), note, clock.instant()));
            audit.record(staff, "ASSIGN", e.id(), "to " + colleague.id());
            return escalations.findById(e.id()).orElseThrow();
        });
    }

    /** Adds an internal note: staff see it beside the conversation, the resident never does. */
    public StaffNote note(StaffAccount staff, long escalationId, String text) {
        Escalation e = visible(staff, escalationId);
        return tx.executeWrite(status -> {
            StaffNote saved = notes.save(new StaffNote(null, e.id(), staff.id(), null, text, clock.instant()));
            audit.record(staff, "NOTE", e.id());
            return saved;
        });
    }

    /** The internal notes of an escalation, oldest first (read with the conversation, which is audited). */
    public List<StaffNote> notes(StaffAccount staff, long escalationId) {
        Escalation e = visible(staff, escalationId);
        return notes.findByEscalationIdOrderById(e.id());
    }

    /** The conversation so far; reading it is audited. */
    public List<Message> conversation(StaffAccount staff, long escalationId) {
        Escalation e = visible(staff, escalationId);
        audit.record(staff, "READ", e.id());
        return messages.findByConversationIdOrderById(e.conversationId());
    }

    public Escalation claim(StaffAccount staff, long escalationId) {
        Escalation e = visible(staff, escalationId);
        Escalation claimed = tx.executeWrite(status -> {
            if (escalations.claim(e.id(), staff.id(), clock.instant()) == 0) {
                throw ApiProblem.conflict("escalation is not open: someone else claimed it, or it is closed");
            }
            audit.record(staff, "CLAIM", e.id());
            return escalations.findById(e.id()).orElseThrow();
        });
        claims.publishEvent(new EscalationClaimed(claimed.language(), claimed.urgent(),
                Duration.between(claimed.createdAt(),
                        claimed.claimedAt() == null ? clock.instant() : claimed.claimedAt())));
        return claimed;
    }

    /** The longest reply a tolk can send from the console or the staff API, like a resident's message. */
    public static final int MAX_REPLY = 4000;
    /** The longest hand-over note (the column's size). */
    public static final int MAX_NOTE = 2000;

    /** A reply as typed, stripped; refused when empty or over {@link #MAX_REPLY} characters. */
    public static String replyText(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_REPLY) {
            throw new InvalidRequestException("field 'text' must be 1 to " + MAX_REPLY + " characters");
        }
        return text;
    }

    /** A hand-over note as typed, stripped; refused when empty or over {@link #MAX_NOTE} characters. */
    public static String handoverNote(String typed) {
        String note = typed == null ? "" : typed.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new InvalidRequestException("field 'note' must be 1 to " + MAX_NOTE + " characters");
        }
        return note;
    }

    /** Sends the staff member's text to the resident through the resident's own channel. */
    public Message reply(StaffAccount staff, long escalationId, String text) {
        return reply(staff, escalationId, text, "staff:" + escalationId + ":" + UUID.randomUUID());
    }

    /**
     * Sends a reply once per request key: a second call with the same key (a redelivered Telegram update, a
     * retry after a crash) queues nothing and returns the staff member's latest reply.
     */
    public Message reply(StaffAccount staff, long escalationId, String text, String requestKey) {
        Escalation e = visible(staff, escalationId);
        Resident resident = residents.byId(e.residentId()).orElseThrow(() -> ApiProblem.notFound("resident"));
        long[] queued = {-1};
        tx.executeWrite(status -> {
            if (outbox.isQueued(requestKey)) {
                return null;
            }
            if (escalations.markAnswered(e.id(), staff.id(), clock.instant()) == 0) {
                throw ApiProblem.conflict("claim the escalation before replying");
            }
            Outgoing out = new Outgoing(MessageKind.STAFF_REPLY, text, e.language(), null, null, null, null, e.id(),
                    staff.id());
            queued[0] = writer.write(resident, e.conversationId(), null, out, requestKey);
            audit.record(staff, "REPLY", e.id());
            return null;
        });
        if (queued[0] >= 0) {
            outbox.deliverNow(List.of(queued[0]));
        }
        return messages.findByConversationIdOrderById(e.conversationId()).stream()
                .filter(m -> m.staffId() != null).reduce((a, b) -> b).orElseThrow();
    }

    /** One escalation as this staff member may see it (their languages only). */
    public Escalation find(StaffAccount staff, long escalationId) {
        return visible(staff, escalationId);
    }

    public Escalation release(StaffAccount staff, long escalationId) {
        return transition(staff, escalationId, "RELEASE", () -> escalations.release(escalationId, staff.id()));
    }

    public Escalation resolve(StaffAccount staff, long escalationId) {
        return transition(staff, escalationId, "RESOLVE",
                () -> escalations.resolve(escalationId, staff.id(), clock.instant()));
    }

    public Escalation handOver(StaffAccount staff, long escalationId, String note) {
        return transition(staff, escalationId, "HANDOVER",
                () -> escalations.handOver(escalationId, staff.id(), note, clock.instant()));
    }

    private Escalation transition(StaffAccount staff, long escalationId, String action,
                                  java.util.function.IntSupplier update) {
        Escalation e = visible(staff, escalationId);
        return tx.executeWrite(status -> {
            if (update.getAsInt() == 0) {
                throw ApiProblem.conflict("only the staff member who claimed an open escalation can do that");
            }
            audit.record(staff, action, e.id());
            return escalations.findById(e.id()).orElseThrow();
        });
    }

    // Staff see only escalations in the languages they answer in.
    private Escalation visible(StaffAccount staff, long escalationId) {
        requireQueueRole(staff);
        Escalation e = escalations.findById(escalationId).orElseThrow(() -> ApiProblem.notFound("escalation"));
        if (!mayOpen(staff, e)) {
            throw ApiProblem.notFound("escalation");
        }
        return e;
    }

    private static void requireQueueRole(StaffAccount staff) {
        if (!staff.answersResidents()) {
            throw ApiProblem.forbidden("only a tolk or sleutelpersoon works the queue");
        }
    }
}
