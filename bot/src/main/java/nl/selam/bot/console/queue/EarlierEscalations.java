package nl.selam.bot.console.queue;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.escalation.Escalation;

import java.util.List;

/** A resident's earlier escalations, for the conversation page (read only; all changes go through StaffDesk). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EarlierEscalations extends GenericRepository<Escalation, Long> {

    @Query("SELECT * FROM escalation WHERE resident_id = :residentId AND id < :before ORDER BY id DESC LIMIT 20")
    List<Escalation> findEarlier(Long residentId, Long before);
}
