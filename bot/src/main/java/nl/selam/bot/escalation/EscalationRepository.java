package nl.selam.bot.escalation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Escalations; every state change is a conditional UPDATE whose row count says whether it happened. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EscalationRepository extends CrudRepository<Escalation, Long> {

    @Query("SELECT * FROM escalation WHERE resident_id = :residentId AND state IN ('OPEN', 'CLAIMED', 'ANSWERED') "
            + "ORDER BY id DESC LIMIT 1")
    Optional<Escalation> findActive(Long residentId);

    /** The queue: crisis first, then the longest waiting. */
    @Query("SELECT * FROM escalation WHERE language IN (:languages) AND (state = 'OPEN' "
            + "OR (state IN ('CLAIMED', 'ANSWERED') AND claimed_by = :staffId)) ORDER BY urgent DESC, created_at, id")
    List<Escalation> findQueue(Collection<String> languages, Long staffId);

    @Query("UPDATE escalation SET state = 'CLAIMED', claimed_by = :staffId, claimed_at = :now "
            + "WHERE id = :id AND state = 'OPEN'")
    int claim(Long id, Long staffId, Instant now);

    @Query("UPDATE escalation SET state = 'ANSWERED', answered_at = COALESCE(answered_at, :now) "
            + "WHERE id = :id AND claimed_by = :staffId AND state IN ('CLAIMED', 'ANSWERED')")
    int markAnswered(Long id, Long staffId, Instant now);

    @Query("UPDATE escalation SET state = 'OPEN', claimed_by = NULL, claimed_at = NULL "
            + "WHERE id = :id AND claimed_by = :staffId AND state IN ('CLAIMED', 'ANSWERED')")
    int release(Long id, Long staffId);

    @Query("UPDATE escalation SET state = 'RESOLVED', resolved_at = :now "
            + "WHERE id = :id AND claimed_by = :staffId AND state IN ('CLAIMED', 'ANSWERED')")
    int resolve(Long id, Long staffId, Instant now);

    @Query("UPDATE escalation SET state = 'HANDED_OVER', resolved_at = :now, handover_note = :note "
            + "WHERE id = :id AND claimed_by = :staffId AND state IN ('CLAIMED', 'ANSWERED')")
    int handOver(Long id, Long staffId, String note, Instant now);

    @Query("UPDATE escalation SET state = 'RETURNED_TO_BOT', resolved_at = :now "
            + "WHERE id = :id AND state IN ('OPEN', 'CLAIMED', 'ANSWERED')")
    int returnToBot(Long id, Instant now);

    /** Urgent, and in the pool the routing rules give urgent escalations (unless someone already holds it). */
    @Query("UPDATE escalation SET urgent = TRUE, pool = CASE WHEN state = 'OPEN' THEN :pool ELSE pool END "
            + "WHERE id = :id")
    void makeUrgent(Long id, String pool);

    @Query("SELECT * FROM escalation WHERE state = 'OPEN' AND overdue_at IS NULL ORDER BY id")
    List<Escalation> findOpenNotOverdue();

    @Query("UPDATE escalation SET overdue_at = :now WHERE id = :id AND state = 'OPEN' AND overdue_at IS NULL")
    int markOverdue(Long id, Instant now);

    /** Recent first answers in a language, for the "roughly when" estimate. */
    @Query("SELECT * FROM escalation WHERE language = :language AND answered_at IS NOT NULL "
            + "ORDER BY answered_at DESC LIMIT 20")
    List<Escalation> findRecentlyAnswered(String language);

    long countByState(EscalationState state);

    /** Every active escalation of these languages, whoever holds it (the desk's "all" view). */
    @Query("SELECT * FROM escalation WHERE language IN (:languages) AND state IN ('OPEN', 'CLAIMED', 'ANSWERED') "
            + "ORDER BY urgent DESC, created_at, id")
    List<Escalation> findActiveIn(Collection<String> languages);

    /**
     * Gives the escalation to a colleague: an open one (assigning it) or one the giver holds (handing it on). One
     * conditional UPDATE, so of two people handing or claiming at once only one wins.
     */
    @Query("UPDATE escalation SET claimed_by = :to, claimed_at = :now, assigned_by = :from, "
            + "state = CASE WHEN state = 'OPEN' THEN 'CLAIMED' ELSE state END "
            + "WHERE id = :id AND (state = 'OPEN' OR (claimed_by = :from AND state IN ('CLAIMED', 'ANSWERED')))")
    int assign(Long id, Long from, Long to, Instant now);

}
