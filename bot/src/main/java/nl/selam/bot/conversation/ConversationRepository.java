package nl.selam.bot.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConversationRepository extends CrudRepository<Conversation, Long> {

    Optional<Conversation> findFirstByResidentIdAndStateOrderByIdDesc(Long residentId,
                                                                       Conversation.ConversationState state);

    @Query("UPDATE conversation SET last_activity_at = :now WHERE id = :id")
    void touch(Long id, Instant now);

    // A conversation with an unfinished escalation stays open however quiet it is: someone still owes an answer.
    @Query("UPDATE conversation SET state = 'CLOSED', closed_at = :now WHERE state = 'OPEN' "
            + "AND last_activity_at < :quietSince AND NOT EXISTS (SELECT 1 FROM escalation e "
            + "WHERE e.conversation_id = conversation.id AND e.state IN ('OPEN', 'CLAIMED', 'ANSWERED'))")
    int closeQuiet(Instant quietSince, Instant now);

    @Query("SELECT id FROM conversation WHERE state = 'CLOSED' AND closed_at < :closedBefore")
    List<Long> findClosedBefore(Instant closedBefore);
}
