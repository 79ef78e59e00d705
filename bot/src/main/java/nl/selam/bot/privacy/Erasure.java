package nl.selam.bot.privacy;

import io.micronaut.data.annotation.Query;
import nl.selam.bot.conversation.Resident;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** The deletes behind erasure and retention. Foreign keys cascade from resident and conversation to the rest. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Erasure extends GenericRepository<Resident, Long> {

    @Query("DELETE FROM resident WHERE id = :residentId")
    int deleteResident(Long residentId);

    @Query("DELETE FROM conversation WHERE id = :conversationId")
    int deleteConversation(Long conversationId);

    /** Residents with nothing left to keep: no conversation, and older than the retention period themselves. */
    @Query("DELETE FROM resident WHERE created_at < :before "
            + "AND NOT EXISTS (SELECT 1 FROM conversation c WHERE c.resident_id = resident.id)")
    int deleteResidentsWithoutConversations(Instant before);
}
