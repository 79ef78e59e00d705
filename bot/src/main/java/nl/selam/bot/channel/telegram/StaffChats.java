package nl.selam.bot.channel.telegram;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.staff.StaffAccount;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Staff members' linked Telegram chats, their one-time link codes, and the escalation notices sent to them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffChats extends GenericRepository<StaffAccount, Long> {

    @Query("INSERT INTO telegram_link_code (code, staff_id, expires_at) VALUES (:code, :staffId, :expiresAt)")
    void saveCode(String code, Long staffId, Instant expiresAt);

    @Query("SELECT staff_id FROM telegram_link_code WHERE code = :code AND expires_at > :now")
    Optional<Long> findCode(String code, Instant now);

    @Query("DELETE FROM telegram_link_code WHERE code = :code OR expires_at <= :now")
    void deleteCode(String code, Instant now);

    @Query("DELETE FROM telegram_staff_link WHERE staff_id = :staffId OR chat_id = :chatId")
    void unlink(Long staffId, String chatId);

    @Query("INSERT INTO telegram_staff_link (staff_id, chat_id, linked_at) VALUES (:staffId, :chatId, :now)")
    void link(Long staffId, String chatId, Instant now);

    @Query("SELECT staff_id FROM telegram_staff_link WHERE chat_id = :chatId")
    Optional<Long> findStaff(String chatId);

    @Query("SELECT s.* FROM staff_account s JOIN telegram_staff_link l ON l.staff_id = s.id WHERE s.active = TRUE")
    List<StaffAccount> findLinkedStaff();

    @Query("SELECT chat_id FROM telegram_staff_link WHERE staff_id = :staffId")
    Optional<String> findChat(Long staffId);

    @Query("SELECT COUNT(*) FROM telegram_staff_notice WHERE escalation_id = :escalationId AND staff_id = :staffId")
    long countNotices(Long escalationId, Long staffId);

    @Query("INSERT INTO telegram_staff_notice (escalation_id, staff_id, chat_id, telegram_message_id, sent_at) "
            + "VALUES (:escalationId, :staffId, :chatId, :telegramMessageId, :now)")
    void saveNotice(Long escalationId, Long staffId, String chatId, Long telegramMessageId, Instant now);

    @Query("SELECT escalation_id FROM telegram_staff_notice WHERE chat_id = :chatId "
            + "AND telegram_message_id = :telegramMessageId")
    Optional<Long> findEscalation(String chatId, Long telegramMessageId);
}
