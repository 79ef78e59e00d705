package nl.selam.bot.escalation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Internal notes; written only through {@link StaffDesk}, which checks the language and audits. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StaffNoteRepository extends CrudRepository<StaffNote, Long> {

    List<StaffNote> findByEscalationIdOrderById(Long escalationId);
}
