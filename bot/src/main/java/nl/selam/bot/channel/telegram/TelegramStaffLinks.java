package nl.selam.bot.channel.telegram;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffLanguages;
import nl.selam.bot.system.ApiProblem;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Linking a staff member's own Telegram chat to their account, for the console (no Telegram types leave this
 * package). A code is single use and valid for ten minutes; a new code replaces the previous one. It is offered as
 * a deep link ({@code https://t.me/<bot>?start=<code>}, one tap on a phone), as a QR code of that link (for a
 * desktop) and as {@code /koppel <code>} to type.
 */
@Singleton
public class TelegramStaffLinks {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramStaffLinks.class);
    static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    // no 0/o, 1/l/i: a code read off a screen and typed on a phone; 31^10 is about 2^49, far beyond guessing in 10 min
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int CODE_LENGTH = 10;
    static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + CODE_LENGTH + "}");

    private final StaffChats chats;
    private final TelegramApi api;
    private final AuditLog audit;
    private final StaffLanguages languages;
    private final Messages texts;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final String configuredUsername;
    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<String> username = new AtomicReference<>();

    TelegramStaffLinks(StaffChats chats, TelegramApi api, AuditLog audit, StaffLanguages languages, Messages texts,
                       TransactionOperations<Connection> tx, Clock clock,
                       @Value("${selam.telegram.bot-username:}") String configuredUsername) {
        this.chats = chats;
        this.api = api;
        this.audit = audit;
        this.languages = languages;
        this.texts = texts;
        this.tx = tx;
        this.clock = clock;
        this.configuredUsername = configuredUsername == null ? "" : configuredUsername.strip().replace("@", "");
    }

    /**
     * A fresh code for this staff member.
     *
     * @param deepLink the one-tap link, or null when the bot's username is not known (Telegram unreachable)
     * @param qrCode   that link as an SVG data URI for an {@code <img>}, or null without a link
     */
    public record Offer(String code, @Nullable String deepLink, @Nullable String qrCode, Instant expiresAt) {
    }

    /** Whether this instance talks to Telegram at all. */
    public boolean enabled() {
        return api.enabled();
    }

    public Offer offer(StaffAccount account) {
        if (!account.answersResidents()) {
            throw ApiProblem.forbidden("only a tolk or sleutelpersoon answers residents from Telegram");
        }
        Instant now = clock.instant();
        Instant expires = now.plus(CODE_VALIDITY);
        String code = newCode();
        tx.executeWrite(status -> {
            chats.lockAccount(account.id());
            chats.deleteCodes(account.id(), now); // the previous code of this account, and every expired one
            chats.saveCode(code, account.id(), expires);
            return null;
        });
        audit.record(account, "TELEGRAM_LINK_CODE", null);
        String bot = botUsername().orElse(null);
        String link = bot == null ? null : "https://t.me/" + bot + "?start=" + code;
        return new Offer(code, link, link == null ? null : QrCode.dataUri(link, "Telegram: " + link), expires);
    }

    /** When this staff member's chat was linked, or empty. */
    public Optional<Instant> linkedSince(long staffId) {
        return chats.linkedAt(staffId);
    }

    /** The staff accounts with a linked chat. */
    public Set<Long> linkedStaff() {
        return new HashSet<>(chats.linkedStaffIds());
    }

    /**
     * Ends the link of a staff member's chat (their own, or anyone's for a beheerder: the caller checks that);
     * the chat is told, in that staff member's language. False when there was no link.
     */
    public boolean unlink(StaffAccount by, long staffId) {
        Optional<String> chat = chats.findChat(staffId);
        if (chat.isEmpty() || chats.unlinkStaff(staffId) == 0) {
            return false;
        }
        audit.record(by, "TELEGRAM_UNLINKED", null, "staff " + staffId);
        LOG.info("Staff account {} unlinked its Telegram chat", staffId);
        try {
            api.client().execute(SendMessage.builder().chatId(chat.get())
                    .text(texts.format("telegram.staff.unlinked", languages.of(staffId))).build());
        } catch (Exception e) {
            LOG.info("Telegram: telling an unlinked chat failed ({})", e.getClass().getSimpleName());
        }
        return true;
    }

    /**
     * Uses a code up: the staff account it was made for, once. A reused, expired or unknown code and a second
     * request racing for the same code all get nothing (one conditional DELETE decides).
     */
    Optional<Long> redeem(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Long> staffId = chats.findCode(code, now);
        if (staffId.isEmpty() || chats.takeCode(code, now) == 0) {
            return Optional.empty();
        }
        return staffId;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    // The deep link needs the bot's username: the setting, else asked of Telegram once.
    Optional<String> botUsername() {
        if (!configuredUsername.isEmpty()) {
            return Optional.of(configuredUsername);
        }
        if (username.get() == null && api.enabled()) {
            try {
                username.compareAndSet(null, api.client().execute(new GetMe()).getUserName());
            } catch (Exception e) {
                LOG.info("Telegram: getMe failed ({}); link codes go without a deep link", e.getClass().getSimpleName());
            }
        }
        return Optional.ofNullable(username.get());
    }
}
