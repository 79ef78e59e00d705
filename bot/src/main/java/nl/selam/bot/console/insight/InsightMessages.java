package nl.selam.bot.console.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.conversation.Message;

import java.time.Instant;
import java.util.List;

/** Read-only queries over residents' messages for the insight screens. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InsightMessages extends GenericRepository<Message, Long> {

    /** How many messages the unanswered page reads at most (newest first): enough for a month of a municipality. */
    int LIMIT = 2000;

    /**
     * Residents' own messages that Selam did not answer confidently (a clarify choice, or a person), newest first.
     * A message that only joined an escalation already open (the resident talking on while waiting) is left out:
     * the message that opened it is the question. Commands ("/start") and Telegram's buttons ("cb:" inbox keys,
     * "topic:zorg.huisarts") are not questions either, although the engine had its say on their text too.
     */
    @Query("SELECT * FROM message m WHERE m.direction = 'IN' AND m.kind = 'RESIDENT' AND m.text IS NOT NULL "
            + "AND m.outcome IN ('CLARIFY', 'ESCALATE') AND m.created_at >= :since AND m.text NOT LIKE '/%' "
            + "AND (m.channel_message_id IS NULL OR m.channel_message_id NOT LIKE 'cb:%') "
            + "AND (m.escalation_id IS NULL OR NOT EXISTS (SELECT 1 FROM message e "
            + "WHERE e.escalation_id = m.escalation_id AND e.direction = 'IN' AND e.id < m.id)) "
            + "ORDER BY m.id DESC LIMIT " + LIMIT)
    List<Message> findUnanswered(Instant since);

    /** The reply language of every crisis message since then: counted, never shown. */
    @Query("SELECT language FROM message WHERE direction = 'IN' AND outcome = 'CRISIS' AND created_at >= :since")
    List<@Nullable String> findCrisisLanguages(Instant since);
}
