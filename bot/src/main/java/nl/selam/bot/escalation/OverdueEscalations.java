package nl.selam.bot.escalation;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.Outgoing;
import nl.selam.bot.conversation.ReplyWriter;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.outbox.Outbox;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Escalations nobody claimed within their language's limit: flagged in the queue, and the resident is told once,
 * in their language, how to reach the municipality by phone (14 + area code) meanwhile.
 */
@Singleton
class OverdueEscalations {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueEscalations.class);
    private static final String FALLBACK_PHONE = "14 + netnummer";

    private final EscalationRepository escalations;
    private final WaitLimits limits;
    private final ResidentDirectory residents;
    private final ReplyWriter writer;
    private final Outbox outbox;
    private final Messages texts;
    private final LiveEngine engine;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    OverdueEscalations(EscalationRepository escalations, WaitLimits limits, ResidentDirectory residents,
                       ReplyWriter writer, Outbox outbox, Messages texts, LiveEngine engine,
                       TransactionOperations<Connection> tx, Clock clock) {
        this.escalations = escalations;
        this.limits = limits;
        this.residents = residents;
        this.writer = writer;
        this.outbox = outbox;
        this.texts = texts;
        this.engine = engine;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${selam.escalation.overdue-check:30s}", initialDelay = "5s")
    void check() {
        Instant now = clock.instant();
        List<Escalation> open = escalations.findOpenNotOverdue();
        if (open.isEmpty()) {
            return;
        }
        WaitLimits.Limits limit = limits.current(); // the beheerder's settings as they are at this check
        for (Escalation e : open) {
            if (e.createdAt().plus(limit.forLanguage(e.language())).isBefore(now)) {
                flag(e, now);
            }
        }
    }

    private void flag(Escalation e, Instant now) {
        Resident resident = residents.byId(e.residentId()).orElse(null);
        if (resident == null) {
            return;
        }
        List<Long> queued = tx.executeWrite(status -> {
            if (escalations.markOverdue(e.id(), now) == 0) {
                return List.<Long>of(); // claimed or flagged meanwhile
            }
            String language = Messages.LANGUAGES.contains(e.language()) ? e.language()
                    : resident.chosenLanguage() != null ? resident.chosenLanguage() : "nl";
            String text = texts.format("escalation.overdue", language, Map.of("phone", phone()));
            return List.of(writer.write(resident, e.conversationId(), null,
                    Outgoing.notice(MessageKind.ESCALATION_OVERDUE, text, language).withEscalation(e.id()),
                    "overdue:" + e.id()));
        });
        if (!queued.isEmpty()) {
            LOG.info("Escalation {} in queue {} is overdue", e.id(), e.language());
            outbox.deliverNow(queued);
        }
    }

    private String phone() {
        String configured = engine.current().knowledgeBase().municipality().telefoon();
        return configured == null || configured.isBlank() ? FALLBACK_PHONE : configured;
    }
}
