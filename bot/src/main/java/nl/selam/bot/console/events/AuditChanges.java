package nl.selam.bot.console.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.staff.AuditEntry;

import java.time.Instant;
import java.util.List;

/** Desk actions from the audit log since a moment: every claim, hand-on and close is audited there. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditChanges extends GenericRepository<AuditEntry, Long> {

    @Query("SELECT * FROM audit_entry WHERE at >= :since AND escalation_id IS NOT NULL "
            + "AND action IN ('CLAIM', 'ASSIGN', 'RELEASE', 'RESOLVE', 'HANDOVER') ORDER BY id")
    List<AuditEntry> findDeskActionsSince(Instant since);
}
