package nl.selam.bot.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/**
 * Residents who cannot be reached (they blocked the bot). The table is named after the first channel that needed
 * it; a resident belongs to one channel, so it serves every channel as it is.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class ReachabilityRepository implements GenericRepository<Resident, Long> {

    @Query("SELECT COUNT(*) FROM telegram_unreachable WHERE resident_id = :residentId")
    abstract long countUnreachable(Long residentId);

    @Query("INSERT INTO telegram_unreachable (resident_id, since) SELECT :residentId, :now "
            + "WHERE NOT EXISTS (SELECT 1 FROM telegram_unreachable WHERE resident_id = :residentId)")
    abstract void insertUnreachable(Long residentId, Instant now);

    @Query("DELETE FROM telegram_unreachable WHERE resident_id = :residentId")
    abstract void deleteUnreachable(Long residentId);
}
