package nl.selam.bot.channel.telegram;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.conversation.Resident;

import java.time.Instant;

/** Residents who blocked the bot (Telegram answered 403): nothing is sent to them until they write again. */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class ReachabilityStore implements GenericRepository<Resident, Long> {

    @Query("SELECT COUNT(*) FROM telegram_unreachable WHERE resident_id = :residentId")
    abstract long countUnreachable(Long residentId);

    @Query("INSERT INTO telegram_unreachable (resident_id, since) SELECT :residentId, :now "
            + "WHERE NOT EXISTS (SELECT 1 FROM telegram_unreachable WHERE resident_id = :residentId)")
    abstract void insertUnreachable(Long residentId, Instant now);

    @Query("DELETE FROM telegram_unreachable WHERE resident_id = :residentId")
    abstract void deleteUnreachable(Long residentId);

    boolean isUnreachable(long residentId) {
        return countUnreachable(residentId) > 0;
    }

    void unreachable(long residentId) {
        try {
            insertUnreachable(residentId, Instant.now());
        } catch (RuntimeException alreadyMarked) {
            // two instances marked the same resident at once: marked is marked
        }
    }

    void reachable(long residentId) {
        deleteUnreachable(residentId);
    }
}
