package nl.selam.bot.channel.telegram;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.conversation.Message;

import java.time.Instant;

/**
 * The parts of outgoing messages Telegram has taken. A retry after a failure or a restart skips them, so a
 * resident does not get the first half of a long answer twice.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeliveredParts extends GenericRepository<Message, Long> {

    @Query("SELECT COUNT(*) FROM telegram_delivery WHERE message_id = :messageId AND part = :part")
    long countPart(Long messageId, int part);

    @Query("INSERT INTO telegram_delivery (message_id, part, telegram_message_id, sent_at) "
            + "VALUES (:messageId, :part, :telegramMessageId, :sentAt)")
    void record(Long messageId, int part, Long telegramMessageId, Instant sentAt);

    @Query("SELECT COUNT(*) FROM telegram_delivery WHERE message_id = :messageId")
    long countParts(Long messageId);
}
