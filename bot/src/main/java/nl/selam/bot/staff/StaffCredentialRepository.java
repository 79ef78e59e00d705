package nl.selam.bot.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StaffCredentialRepository extends CrudRepository<StaffCredential, Long> {

    Optional<StaffCredential> findByUsername(String username);

    /**
     * Counts one wrong password in a single statement: ten tries at once each add one (a read followed by a write
     * would lose all but one), and the one that reaches {@code max} locks the account. A locked account counts no
     * further failures, so the lock is not extended by someone hammering it.
     */
    @Query("UPDATE staff_credential SET "
            + "locked_until = CASE WHEN failed_logins + 1 >= :max THEN CAST(:lockUntil AS TIMESTAMP) ELSE NULL END, "
            + "failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END "
            + "WHERE staff_id = :staffId AND (locked_until IS NULL OR locked_until <= :now)")
    int countFailure(long staffId, int max, Instant now, Instant lockUntil);

    /** A right password clears the count, unless the account got locked meanwhile (zero rows: refuse the login). */
    @Query("UPDATE staff_credential SET failed_logins = 0, locked_until = NULL "
            + "WHERE staff_id = :staffId AND (locked_until IS NULL OR locked_until <= :now)")
    int clearFailures(long staffId, Instant now);
}
