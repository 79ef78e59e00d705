package nl.selam.bot.channel.telegram;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.StaffDesk;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.bot.system.ApiProblem;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Tolken and sleutelpersonen on Telegram: linking a private chat to a staff account with a one-time code, a
 * notice with a claim button for every new escalation in their languages, and their replies (answers to a
 * notice) going to the resident through the same desk as the console. Staff chats never enter the resident
 * pipeline.
 */
@Singleton
class StaffTelegram {

    private static final Logger LOG = LoggerFactory.getLogger(StaffTelegram.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CODE_VALIDITY = Duration.ofMinutes(15);
    private static final String LANGUAGE = "nl"; // staff texts follow the console, which is Dutch

    private final StaffChats chats;
    private final StaffRepository staff;
    private final StaffDesk desk;
    private final TelegramApi api;
    private final Messages texts;
    private final Clock clock;

    StaffTelegram(StaffChats chats, StaffRepository staff, StaffDesk desk, TelegramApi api, Messages texts,
                  Clock clock) {
        this.chats = chats;
        this.staff = staff;
        this.desk = desk;
        this.api = api;
        this.texts = texts;
        this.clock = clock;
    }

    /** A one-time code the staff member sends to the bot as {@code /koppel <code>}. */
    String newCode(StaffAccount account) {
        if (!account.answersResidents()) {
            throw ApiProblem.forbidden("only a tolk or sleutelpersoon answers residents from Telegram");
        }
        String code = String.format("%08d", RANDOM.nextInt(100_000_000));
        chats.saveCode(code, account.id(), clock.instant().plus(CODE_VALIDITY));
        return code;
    }

    /** True when the update came from (or links) a staff chat; such updates are handled here and nowhere else. */
    boolean handles(Update update) throws Exception {
        if (update.hasCallbackQuery() && update.getCallbackQuery().getData() != null
                && update.getCallbackQuery().getData().startsWith("claim:")) {
            claim(update.getCallbackQuery());
            return true;
        }
        if (!update.hasMessage() || !"private".equals(update.getMessage().getChat().getType())) {
            return false;
        }
        var message = update.getMessage();
        String chatId = String.valueOf(message.getChatId());
        String text = message.hasText() ? message.getText().strip() : "";
        if (text.startsWith("/koppel ") || text.startsWith("/link ")) {
            link(chatId, text.substring(text.indexOf(' ') + 1).strip());
            return true;
        }
        var staffId = chats.findStaff(chatId);
        if (staffId.isEmpty()) {
            return false;
        }
        StaffAccount account = staff.findById(staffId.get()).filter(StaffAccount::active).orElse(null);
        var replyTo = message.getReplyToMessage();
        var escalation = account == null || replyTo == null || text.isEmpty() ? java.util.Optional.<Long>empty()
                : chats.findEscalation(chatId, replyTo.getMessageId().longValue());
        if (escalation.isEmpty()) {
            send(chatId, texts.format("telegram.staff.hint", LANGUAGE), null);
            return true;
        }
        try {
            desk.reply(account, escalation.get(), text);
            send(chatId, texts.format("telegram.staff.sent", LANGUAGE), null);
        } catch (ApiProblem refused) {
            send(chatId, texts.format("telegram.staff.not_yours", LANGUAGE), null);
        }
        return true;
    }

    private void link(String chatId, String code) throws Exception {
        var staffId = chats.findCode(code, clock.instant());
        chats.deleteCode(code, clock.instant());
        if (staffId.isEmpty()) {
            send(chatId, texts.format("telegram.staff.bad_code", LANGUAGE), null);
            return;
        }
        chats.unlink(staffId.get(), chatId);
        chats.link(staffId.get(), chatId, clock.instant());
        LOG.info("Staff account {} linked a Telegram chat", staffId.get());
        send(chatId, texts.format("telegram.staff.linked", LANGUAGE), null);
    }

    private void claim(CallbackQuery query) throws Exception {
        String chatId = String.valueOf(query.getFrom().getId());
        long escalationId = Long.parseLong(query.getData().substring("claim:".length()));
        StaffAccount account = chats.findStaff(chatId).flatMap(staff::findById).orElse(null);
        String result;
        if (account == null) {
            result = texts.format("telegram.staff.not_yours", LANGUAGE);
        } else {
            try {
                desk.claim(account, escalationId);
                Long sent = send(chatId, texts.format("telegram.staff.claimed", LANGUAGE,
                        Map.of("id", escalationId)), null);
                chats.saveNotice(escalationId, account.id(), chatId, sent, clock.instant());
                result = texts.format("telegram.staff.claimed_short", LANGUAGE);
            } catch (ApiProblem taken) {
                result = texts.format("telegram.staff.taken", LANGUAGE);
            }
        }
        api.client().execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text(result).build());
    }

    /** Tells every linked staff member about open escalations in their languages, once each. */
    @Scheduled(fixedDelay = "${selam.telegram.staff-notice-interval:5s}", initialDelay = "3s")
    void noticeNewEscalations() {
        if (!api.enabled()) {
            return;
        }
        for (StaffAccount account : chats.findLinkedStaff()) {
            if (!account.answersResidents()) {
                continue;
            }
            for (Escalation e : desk.queue(account)) {
                if (e.state() == nl.selam.bot.escalation.EscalationState.OPEN
                        && chats.countNotices(e.id(), account.id()) == 0) {
                    notice(account, e);
                }
            }
        }
    }

    private void notice(StaffAccount account, Escalation e) {
        try {
            String chatId = chats.findChat(account.id()).orElseThrow();
            String text = texts.format("telegram.staff.new", LANGUAGE, Map.of("id", e.id(), "language", e.language(),
                    "reason", e.reason().name(), "urgent", e.urgent() ? "yes" : "no"));
            InlineKeyboardMarkup claim = InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                    InlineKeyboardButton.builder().text(texts.format("telegram.staff.claim", LANGUAGE))
                            .callbackData("claim:" + e.id()).build())).build();
            Long sent = send(chatId, text, claim);
            chats.saveNotice(e.id(), account.id(), chatId, sent, clock.instant());
        } catch (Exception failed) {
            LOG.info("Telegram: escalation notice to staff failed ({}); tried again later",
                    failed.getClass().getSimpleName());
        }
    }

    private Long send(String chatId, String text, InlineKeyboardMarkup keyboard) throws Exception {
        var message = SendMessage.builder().chatId(chatId).text(text);
        if (keyboard != null) {
            message.replyMarkup(keyboard);
        }
        var sent = api.client().execute(message.build());
        return sent == null || sent.getMessageId() == null ? 0L : sent.getMessageId().longValue();
    }
}
