package nl.selam.bot.channel.whatsapp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.conversation.Message;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code whatsapp_delivery} rows: which parts of an outgoing message the Cloud API accepted (so a retry never
 * sends one twice), under which wamid, and what Meta's status callbacks said since. A status only moves forward
 * (accepted, sent, delivered, read; failed at any point), since Meta may post them out of order.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class DeliveryLog implements GenericRepository<Message, Long> {

    private static final String RANK = "CASE status WHEN 'accepted' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 "
            + "WHEN 'read' THEN 3 ELSE 4 END";

    @Query("SELECT COUNT(*) FROM whatsapp_delivery WHERE message_id = :messageId AND part = :part")
    abstract long countPart(Long messageId, int part);

    @Query("INSERT INTO whatsapp_delivery (message_id, outbox_id, part, wamid, template, status, sent_at) "
            + "SELECT :messageId, (SELECT MIN(o.id) FROM outbox o WHERE o.message_id = :messageId), :part, :wamid, "
            + ":template, 'accepted', :now")
    abstract void insert(Long messageId, int part, String wamid, boolean template, Instant now);

    /** Moves a delivery's status forward; zero rows for an unknown wamid or a status that is not newer. */
    @Query("UPDATE whatsapp_delivery SET status = :status, error_code = :errorCode, status_at = :at "
            + "WHERE wamid = :wamid AND (" + RANK + ") < (CASE :status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 "
            + "WHEN 'read' THEN 3 ELSE 4 END)")
    abstract int advance(String wamid, String status, @Nullable Integer errorCode, Instant at);

    /** The resident's key on this channel, for the delivery with this wamid. */
    @Query("SELECT r.channel_user_id FROM whatsapp_delivery d JOIN message m ON m.id = d.message_id "
            + "JOIN resident r ON r.id = m.resident_id WHERE d.wamid = :wamid")
    abstract Optional<String> findResidentKey(String wamid);

    /** The delivery Meta failed after taking it: its message's resident and whether it was a template. */
    @Query("SELECT m.resident_id FROM whatsapp_delivery d JOIN message m ON m.id = d.message_id "
            + "WHERE d.wamid = :wamid AND d.template = FALSE")
    abstract Optional<Long> findResidentOfFreeForm(String wamid);

    /**
     * Keeps a failed delivery's record (status failed, Meta's code) but frees its part for the next attempt: the
     * part number becomes negative, so the sender no longer counts it as taken.
     */
    @Query("UPDATE whatsapp_delivery SET part = -1 - part WHERE wamid = :wamid AND part >= 0")
    abstract int retire(String wamid);

    /**
     * Puts the outbox row of a delivery Meta failed with 131047 back in the queue, as the outbox's own retry does
     * for a parked row: the sender finds the part unrecorded and sends it again, now as a template. Zero rows when
     * the row is gone or already queued.
     */
    @Query("UPDATE outbox SET state = 'PENDING', attempts = 0, next_attempt_at = :now, sent_at = NULL "
            + "WHERE id = (SELECT d.outbox_id FROM whatsapp_delivery d WHERE d.wamid = :wamid) AND state = 'SENT'")
    abstract int requeue(String wamid, Instant now);

    void record(long messageId, int part, String wamid, boolean template, Instant now) {
        insert(messageId, part, wamid, template, now);
    }
}
