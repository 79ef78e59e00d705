package nl.selam.bot.console.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.escalation.Escalation;

import java.time.Instant;
import java.util.List;

/** Escalations opened since a moment, for the event feed (read only). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeskChanges extends GenericRepository<Escalation, Long> {

    @Query("SELECT * FROM escalation WHERE created_at >= :since ORDER BY id")
    List<Escalation> findOpenedSince(Instant since);

    @Query("SELECT * FROM escalation WHERE id IN (:ids)")
    List<Escalation> findByIds(java.util.Collection<Long> ids);
}
