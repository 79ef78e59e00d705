package nl.selam.bot.channel.telegram;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.staff.StaffAccount;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Staff members' linked Telegram chats, their one-time link codes, the bot's messages to them (notices, claim
 * confirmations, relayed resident messages) and the inbox of their updates.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffChats extends GenericRepository<StaffAccount, Long> {

    // ---- link codes ----

    @Query("INSERT INTO telegram_link_code (code, staff_id, expires_at) VALUES (:code, :staffId, :expiresAt)")
    void saveCode(String code, Long staffId, Instant expiresAt);

    @Query("SELECT staff_id FROM telegram_link_code WHERE code = :code AND expires_at > :now")
    Optional<Long> findCode(String code, Instant now);

    /** Uses up a code: 1 for the one request that got it, 0 for any other (reused, raced, expired). */
    @Query("DELETE FROM telegram_link_code WHERE code = :code AND expires_at > :now")
    int takeCode(String code, Instant now);

    /** Serialises code requests of one account (two tabs at once): the second waits, then replaces the first. */
    @Query("SELECT id FROM staff_account WHERE id = :staffId FOR UPDATE")
    Optional<Long> lockAccount(Long staffId);

    @Query("DELETE FROM telegram_link_code WHERE staff_id = :staffId OR expires_at <= :now")
    void deleteCodes(Long staffId, Instant now);

    // ---- links ----

    @Query("DELETE FROM telegram_staff_link WHERE staff_id = :staffId OR chat_id = :chatId")
    void unlink(Long staffId, String chatId);

    @Query("DELETE FROM telegram_staff_link WHERE staff_id = :staffId")
    int unlinkStaff(Long staffId);

    @Query("INSERT INTO telegram_staff_link (staff_id, chat_id, linked_at) VALUES (:staffId, :chatId, :now)")
    void link(Long staffId, String chatId, Instant now);

    @Query("SELECT staff_id FROM telegram_staff_link WHERE chat_id = :chatId")
    Optional<Long> findStaff(String chatId);

    @Query("SELECT s.* FROM staff_account s JOIN telegram_staff_link l ON l.staff_id = s.id WHERE s.active = TRUE")
    List<StaffAccount> findLinkedStaff();

    @Query("SELECT chat_id FROM telegram_staff_link WHERE staff_id = :staffId")
    Optional<String> findChat(Long staffId);

    @Query("SELECT linked_at FROM telegram_staff_link WHERE staff_id = :staffId")
    Optional<Instant> linkedAt(Long staffId);

    @Query("SELECT staff_id FROM telegram_staff_link")
    List<Long> linkedStaffIds();

    // ---- the bot's messages to staff ----

    @Query("SELECT COUNT(*) FROM telegram_staff_notice WHERE escalation_id = :escalationId AND staff_id = :staffId "
            + "AND kind = 'NOTICE'")
    long countNotices(Long escalationId, Long staffId);

    @Query("INSERT INTO telegram_staff_notice (escalation_id, staff_id, chat_id, telegram_message_id, sent_at, kind) "
            + "VALUES (:escalationId, :staffId, :chatId, :telegramMessageId, :now, :kind)")
    void saveNotice(Long escalationId, Long staffId, String chatId, Long telegramMessageId, Instant now, String kind);

    @Query("SELECT escalation_id FROM telegram_staff_notice WHERE chat_id = :chatId "
            + "AND telegram_message_id = :telegramMessageId")
    Optional<Long> findEscalation(String chatId, Long telegramMessageId);

    /** Notices whose escalation is no longer open and whose button is still showing. */
    @Query("SELECT n.id, n.escalation_id, n.staff_id, n.chat_id, n.telegram_message_id, e.state, e.language, e.claimed_by "
            + "FROM telegram_staff_notice n JOIN escalation e ON e.id = n.escalation_id "
            + "WHERE n.kind = 'NOTICE' AND n.settled = FALSE AND e.state <> 'OPEN' ORDER BY n.id")
    List<UnsettledNotice> findUnsettledNotices();

    /** Takes an unsettled notice for editing: 1 for the one round that gets it. */
    @Query("UPDATE telegram_staff_notice SET settled = TRUE WHERE id = :id AND settled = FALSE")
    int settle(Long id);

    @Query("UPDATE telegram_staff_notice SET settled = FALSE WHERE id = :id")
    void unsettle(Long id);

    /** A released escalation is new again: its old notices go, so everyone gets a fresh one with a button. */
    @Query("DELETE FROM telegram_staff_notice WHERE escalation_id = :escalationId AND kind = 'NOTICE'")
    void forgetNotices(Long escalationId);

    /** Claims a resident message for relaying; 0 when it was relayed (or is being relayed) already. */
    @Query("INSERT INTO telegram_staff_notice (escalation_id, staff_id, chat_id, telegram_message_id, sent_at, kind, "
            + "resident_message_id, settled) SELECT :escalationId, :staffId, :chatId, 0, :now, 'RELAY', "
            + ":residentMessageId, TRUE WHERE NOT EXISTS (SELECT 1 FROM telegram_staff_notice "
            + "WHERE resident_message_id = :residentMessageId AND staff_id = :staffId)")
    int claimRelay(Long escalationId, Long staffId, String chatId, Long residentMessageId, Instant now);

    @Query("UPDATE telegram_staff_notice SET telegram_message_id = :telegramMessageId "
            + "WHERE resident_message_id = :residentMessageId AND staff_id = :staffId")
    void relayed(Long residentMessageId, Long staffId, Long telegramMessageId);

    /** The resident's messages in escalations this staff member holds, that arrived after the claim and were not relayed. */
    @Query("SELECT m.id, m.escalation_id, m.kind, m.text FROM message m JOIN escalation e ON e.id = m.escalation_id "
            + "WHERE e.claimed_by = :staffId AND e.state IN ('CLAIMED', 'ANSWERED') AND m.direction = 'IN' "
            + "AND m.created_at >= e.claimed_at AND NOT EXISTS (SELECT 1 FROM telegram_staff_notice n "
            + "WHERE n.resident_message_id = m.id AND n.staff_id = :staffId) ORDER BY m.id")
    List<PendingRelay> findPendingRelays(Long staffId);

    // ---- inbox of staff updates ----

    @Query("INSERT INTO telegram_staff_inbox (update_key, received_at) SELECT :key, :now "
            + "WHERE NOT EXISTS (SELECT 1 FROM telegram_staff_inbox WHERE update_key = :key)")
    int receive(String key, Instant now);

    @Query("SELECT COUNT(*) FROM telegram_staff_inbox WHERE update_key = :key AND processed_at IS NOT NULL")
    long countProcessed(String key);

    @Query("UPDATE telegram_staff_inbox SET processed_at = :now WHERE update_key = :key")
    void processed(String key, Instant now);

    /** Telegram keeps an unconfirmed update for 24 hours; keys older than that can no longer come back. */
    @Query("DELETE FROM telegram_staff_inbox WHERE processed_at < :before")
    void forgetProcessed(Instant before);
}
