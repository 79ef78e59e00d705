package nl.selam.bot.feedback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FeedbackRepository extends CrudRepository<Feedback, Long> {

    Optional<Feedback> findByMessageId(Long messageId);

    @Query("UPDATE feedback SET helpful = :helpful, created_at = :at WHERE message_id = :messageId")
    int change(Long messageId, boolean helpful, Instant at);
}
