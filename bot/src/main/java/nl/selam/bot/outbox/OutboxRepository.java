package nl.selam.bot.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {

    @Query("SELECT id FROM outbox WHERE state = 'PENDING' AND next_attempt_at <= :now ORDER BY id LIMIT 100")
    List<Long> findDue(Instant now);

    /**
     * Takes an entry for one attempt: counts the attempt and pushes the next one out by the lease, so another
     * instance (or the sweep) does not send it at the same time. Zero rows means someone else has it.
     */
    @Query("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :leaseUntil "
            + "WHERE id = :id AND state = 'PENDING' AND next_attempt_at <= :now")
    int lease(Long id, Instant now, Instant leaseUntil);

    @Query("UPDATE outbox SET state = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id")
    void markSent(Long id, Instant now);

    @Query("UPDATE outbox SET next_attempt_at = :next, last_error = :error WHERE id = :id")
    void retryAt(Long id, Instant next, String error);

    @Query("UPDATE outbox SET state = 'PARKED', last_error = :error WHERE id = :id")
    void park(Long id, String error);

    /** Back to pending with a fresh set of attempts, due now; zero rows means it was not parked (any more). */
    @Query("UPDATE outbox SET state = 'PENDING', attempts = 0, next_attempt_at = :now WHERE id = :id "
            + "AND state = 'PARKED'")
    int unpark(Long id, Instant now);

    List<OutboxEntry> findByStateOrderById(OutboxEntry.OutboxState state);

    long countByState(OutboxEntry.OutboxState state);
}
