package nl.selam.bot.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/**
 * The outbox table. Delivery keeps the order per chat (one resident on one channel): an entry may only be taken
 * while no earlier entry of the same chat is still pending (due, retrying or being sent) or parked. An entry parked
 * because the resident blocked the bot does not hold the line: whatever they receive after unblocking is newer.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {

    /** {@code x} is the candidate row, {@code xm} its message: true while an earlier entry holds the chat's line. */
    String EARLIER_IN_LINE = "EXISTS (SELECT 1 FROM outbox e JOIN message em ON em.id = e.message_id "
            + "WHERE e.id < x.id AND e.channel = x.channel AND em.resident_id = xm.resident_id "
            + "AND (e.state = 'PENDING' OR (e.state = 'PARKED' AND COALESCE(e.last_error, '') <> 'UNREACHABLE')))";

    @Query("SELECT x.id FROM outbox x JOIN message xm ON xm.id = x.message_id "
            + "WHERE x.state = 'PENDING' AND x.next_attempt_at <= :now AND NOT " + EARLIER_IN_LINE
            + " ORDER BY x.id LIMIT 100")
    List<Long> findDue(Instant now);

    /**
     * Takes an entry for one attempt under a fresh {@code token}: counts the attempt and pushes the next one out by
     * the lease, so another instance (or the sweep) does not send it at the same time. Zero rows means someone else
     * has it, or an earlier message to the same chat must go first. One statement, so two instances cannot both pass
     * the order check for one chat: the earlier entry stays pending until it was delivered.
     */
    @Query("UPDATE outbox x SET attempts = attempts + 1, next_attempt_at = :leaseUntil, lease_token = :token "
            + "WHERE x.id = :id AND x.state = 'PENDING' AND x.next_attempt_at <= :now AND NOT EXISTS ("
            + "SELECT 1 FROM message xm WHERE xm.id = x.message_id AND " + EARLIER_IN_LINE + ")")
    int lease(Long id, Instant now, Instant leaseUntil, String token);

    /**
     * Extends the lease of an attempt whose send is still in flight; zero rows means the attempt lost the entry (its
     * lease ran out and another attempt took it, or the entry was erased).
     */
    @Query("UPDATE outbox SET next_attempt_at = :leaseUntil WHERE id = :id AND lease_token = :token "
            + "AND state = 'PENDING'")
    int renew(Long id, String token, Instant leaseUntil);

    // The outcome of an attempt is written only while the attempt still holds the lease (its token): zero rows
    // means another attempt took over, and that attempt decides.

    @Query("UPDATE outbox SET state = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id "
            + "AND lease_token = :token AND state = 'PENDING'")
    int markSent(Long id, Instant now, String token);

    @Query("UPDATE outbox SET next_attempt_at = :next, last_error = :error WHERE id = :id AND lease_token = :token "
            + "AND state = 'PENDING'")
    int retryAt(Long id, Instant next, String error, String token);

    @Query("UPDATE outbox SET state = 'PARKED', last_error = :error WHERE id = :id AND lease_token = :token "
            + "AND state = 'PENDING'")
    int park(Long id, String error, String token);

    /** Back to pending with a fresh set of attempts, due now; zero rows means it was not parked (any more). */
    @Query("UPDATE outbox SET state = 'PENDING', attempts = 0, next_attempt_at = :now WHERE id = :id "
            + "AND state = 'PARKED'")
    int unpark(Long id, Instant now);

    /** A beheerder gave up on a parked entry; zero rows means it was not parked (any more). */
    @Query("UPDATE outbox SET state = 'DROPPED' WHERE id = :id AND state = 'PARKED'")
    int drop(Long id);

    List<OutboxEntry> findByStateOrderById(OutboxEntry.OutboxState state);

    long countByState(OutboxEntry.OutboxState state);

    boolean existsByDedupKey(String dedupKey);
}
