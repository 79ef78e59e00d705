package nl.selam.bot.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditRepository extends CrudRepository<AuditEntry, Long> {

    List<AuditEntry> findByEscalationId(Long escalationId);

    @Query("SELECT staff_id, MAX(at) AS last_login FROM audit_entry WHERE action = 'LOGIN' GROUP BY staff_id")
    List<LastLogin> findLastLogins();

    /** The latest console login of one account. */
    @Introspected
    record LastLogin(Long staffId, Instant lastLogin) {
    }
}
