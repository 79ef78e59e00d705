package nl.selam.bot.console.events;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.escalation.ErasedCrisis;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.staff.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what changed on the desk from the shared database about once a second and hands it to the event streams
 * of this instance. Polling the database rather than passing events in memory is what makes it work with several
 * instances: a claim on one reaches a tolk connected to another within a second or two.
 *
 * <p>Each poll looks back a few seconds ({@code lookBack}), not just since the last poll, because a transaction may
 * commit a row stamped a moment earlier; the keys of what was already sent keep a change from being sent twice.
 */
@Singleton
class DeskFeed {

    private static final Logger LOG = LoggerFactory.getLogger(DeskFeed.class);
    private static final int REMEMBERED = 5000;

    private final DeskChanges escalations;
    private final MessageChanges messages;
    private final AuditChanges audit;
    private final ErasedChanges erased;
    private final Clock clock;
    private final Duration lookBack;
    private final Sinks.Many<Happening> sink = Sinks.many().multicast().directBestEffort();
    // touched only by the scheduler's poll, one at a time
    private final Set<String> sent = new LinkedHashSet<>();
    private Instant started;

    DeskFeed(DeskChanges escalations, MessageChanges messages, AuditChanges audit, ErasedChanges erased, Clock clock,
             @Value("${selam.desk.events.look-back:10s}") Duration lookBack) {
        this.escalations = escalations;
        this.messages = messages;
        this.audit = audit;
        this.erased = erased;
        this.clock = clock;
        this.lookBack = lookBack;
    }

    /** Every change from now on (a hot stream: a subscriber gets what happens after it subscribed). */
    Flux<Happening> changes() {
        return sink.asFlux();
    }

    @Scheduled(fixedDelay = "${selam.desk.events.poll-interval:1s}", initialDelay = "1s")
    synchronized void poll() {
        Instant now = clock.instant();
        if (started == null) {
            started = now; // nothing from before this instance started is news
        }
        Instant since = now.minus(lookBack);
        if (since.isBefore(started)) {
            since = started;
        }
        try {
            for (Happening h : read(since)) {
                if (sent.add(h.key())) {
                    sink.tryEmitNext(h);
                }
            }
        } catch (RuntimeException e) {
            // a database hiccup must not stop the feed: the next poll tries again
            LOG.warn("Desk events: polling failed ({})", e.getClass().getSimpleName());
        }
        while (sent.size() > REMEMBERED) {
            sent.remove(sent.iterator().next());
        }
    }

    private List<Happening> read(Instant since) {
        List<Happening> found = new ArrayList<>();
        for (Escalation e : escalations.findOpenedSince(since)) {
            found.add(new Happening("e" + e.id(), "escalation", e.id(), e.language(), e.urgent(), null, null));
        }
        List<Message> joined = messages.findJoinedSince(since);
        List<AuditEntry> actions = audit.findDeskActionsSince(since);
        Set<Long> ids = new HashSet<>();
        joined.forEach(m -> ids.add(m.escalationId()));
        actions.forEach(a -> ids.add(a.escalationId()));
        Map<Long, Escalation> about = byId(ids);
        for (Message m : joined) {
            Escalation e = about.get(m.escalationId());
            // the message that opened the escalation is announced as the escalation itself
            if (e != null && m.createdAt().isAfter(e.createdAt())
                    && m.kind() != nl.selam.bot.conversation.MessageKind.PERSON_BUTTON) {
                found.add(new Happening("m" + m.id(), "message", e.id(), e.language(), e.urgent(), null, null));
            }
        }
        for (AuditEntry a : actions) {
            Escalation e = about.get(a.escalationId());
            if (e == null) {
                continue;
            }
            boolean claim = a.action().equals("CLAIM") || a.action().equals("ASSIGN");
            found.add(new Happening("a" + a.id(), claim ? "claimed" : "closed", e.id(), e.language(), e.urgent(),
                    a.staffId(), a.action().equals("ASSIGN") ? assignee(a.detail()) : null));
        }
        for (ErasedCrisis c : erased.findErasedSince(since)) {
            found.add(new Happening("x" + c.id(), "erased", null, c.language(), true, null, null));
        }
        return found;
    }

    private Map<Long, Escalation> byId(Collection<Long> ids) {
        Map<Long, Escalation> map = new HashMap<>();
        if (!ids.isEmpty()) {
            escalations.findByIds(ids).forEach(e -> map.put(e.id(), e));
        }
        return map;
    }

    // StaffDesk audits an assignment with the detail "to <staff id>"
    private static Long assignee(String detail) {
        if (detail == null || !detail.startsWith("to ")) {
            return null;
        }
        try {
            return Long.parseLong(detail.substring(3).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
