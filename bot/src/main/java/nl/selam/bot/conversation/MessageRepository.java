package nl.selam.bot.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MessageRepository extends CrudRepository<Message, Long> {

    Optional<Message> findByChannelAndChannelMessageId(String channel, String channelMessageId);

    /** What a channel shows the resident: everything they wrote, and what has been delivered to them. */
    @Query("SELECT * FROM message WHERE resident_id = :residentId AND id > :after "
            + "AND (direction = 'IN' OR delivered_at IS NOT NULL) ORDER BY id")
    List<Message> findVisible(Long residentId, long after);

    List<Message> findByConversationIdOrderById(Long conversationId);

    @Query("SELECT id FROM message WHERE direction = 'IN' AND processed_at IS NULL AND created_at < :before "
            + "ORDER BY id")
    List<Long> findUnprocessedBefore(Instant before);

    /** Closes the inbox entry with what was understood; zero rows means another worker processed it first. */
    @Query("UPDATE message SET processed_at = :now, language = :language, outcome = :outcome, topic = :topic, "
            + "confidence = :confidence, escalation_id = :escalationId WHERE id = :id AND processed_at IS NULL")
    int markProcessed(Long id, Instant now, @Nullable String language, @Nullable String outcome,
                      @Nullable String topic, @Nullable Double confidence, @Nullable Long escalationId);

    @Query("UPDATE message SET delivered_at = :now WHERE id = :id AND delivered_at IS NULL")
    int markDelivered(Long id, Instant now);

    long countByReplyTo(Long replyTo);

    @Query("SELECT language FROM message WHERE resident_id = :residentId AND direction = 'OUT' "
            + "AND language IS NOT NULL ORDER BY id DESC LIMIT 1")
    Optional<String> findLastLanguage(Long residentId);

    @Query("UPDATE message SET escalation_id = :escalationId WHERE id = :id")
    void attachToEscalation(Long id, Long escalationId);
}
