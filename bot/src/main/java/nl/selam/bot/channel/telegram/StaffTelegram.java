package nl.selam.bot.channel.telegram;

import com.ibm.icu.util.ULocale;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationState;
import nl.selam.bot.escalation.ResidentMedia;
import nl.selam.bot.escalation.StaffDesk;
import nl.selam.bot.privacy.StaffViewMasking;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffLanguages;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.bot.system.ApiProblem;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendAudio;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVideo;
import org.telegram.telegrambots.meta.api.methods.send.SendVideoNote;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tolken and sleutelpersonen on Telegram: linking a private chat to a staff account with a one-time code (deep
 * link {@code /start <code>} or {@code /koppel <code>}), a notice for every new escalation in their languages (the
 * language and reason in words, urgency, the resident's last words as their role may read them, a link to the
 * console), the claim button (and every other notice edited to "taken by ..." afterwards), the resident's later
 * messages relayed to the claiming staff member, and their replies, {@code /vrijgeven}, {@code /klaar} and
 * {@code /ontkoppel}. All texts are in the staff member's own language. Staff chats never enter the resident
 * pipeline, and every update from them passes the staff inbox first, so a redelivered one does nothing.
 */
@Singleton
class StaffTelegram {

    private static final Logger LOG = LoggerFactory.getLogger(StaffTelegram.class);
    private static final Pattern MEDIA = Pattern.compile("^\\[telegram:([a-z_]+):([A-Za-z0-9_-]{1,200})]");
    /** How many of the resident's latest messages a notice quotes, and how much of each. */
    private static final int QUOTED = 3;
    private static final int QUOTE_LENGTH = 400;

    private final StaffChats chats;
    private final StaffRepository staff;
    private final StaffDesk desk;
    private final TelegramApi api;
    private final Messages texts;
    private final TelegramStaffLinks links;
    private final StaffLanguages languages;
    private final StaffViewMasking masking;
    private final MessageRepository messages;
    /** Every channel's media: a web chat resident's photo is named in a notice like a Telegram one. */
    private final List<ResidentMedia> media;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;

    StaffTelegram(StaffChats chats, StaffRepository staff, StaffDesk desk, TelegramApi api, Messages texts,
                  TelegramStaffLinks links, StaffLanguages languages, StaffViewMasking masking,
                  MessageRepository messages, List<ResidentMedia> media, AuditLog audit, Clock clock,
                  @Value("${selam.public-url:}") String publicUrl) {
        this.chats = chats;
        this.staff = staff;
        this.desk = desk;
        this.api = api;
        this.texts = texts;
        this.links = links;
        this.languages = languages;
        this.masking = masking;
        this.messages = messages;
        this.media = media;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    // ---- updates from staff chats ----

    /** True when the update came from (or links) a staff chat; such updates are handled here and nowhere else. */
    boolean handles(Update update) throws Exception {
        String key = staffUpdateKey(update);
        if (key == null) {
            return false;
        }
        if (chats.countProcessed(key) > 0) {
            return true; // a redelivered update: it was acted on already
        }
        receive(key);
        act(update, key);
        chats.processed(key, clock.instant());
        return true;
    }

    // The inbox key of an update that belongs here, or null for a resident's update.
    private String staffUpdateKey(Update update) {
        if (update.hasCallbackQuery() && update.getCallbackQuery().getData() != null
                && update.getCallbackQuery().getData().startsWith("claim:")) {
            return "cb:" + update.getCallbackQuery().getId();
        }
        if (!update.hasMessage() || !"private".equals(update.getMessage().getChat().getType())) {
            return null;
        }
        var message = update.getMessage();
        String chatId = String.valueOf(message.getChatId());
        String key = "m:" + chatId + ":" + message.getMessageId();
        if (linkCode(text(message)) != null || chats.findStaff(chatId).isPresent()) {
            return key;
        }
        return null;
    }

    private void receive(String key) {
        try {
            chats.receive(key, clock.instant());
        } catch (RuntimeException raced) {
            // the same update being handled by another instance or thread at this moment: its row is there
            if (chats.countProcessed(key) > 0) {
                throw new IllegalStateException("update handled concurrently", raced);
            }
        }
    }

    private void act(Update update, String key) throws Exception {
        if (update.hasCallbackQuery()) {
            claim(update.getCallbackQuery());
            return;
        }
        var message = update.getMessage();
        String chatId = String.valueOf(message.getChatId());
        String text = text(message);
        String code = linkCode(text);
        if (code != null) {
            link(chatId, code, appLanguage(message.getFrom() == null ? null : message.getFrom().getLanguageCode()));
            return;
        }
        Optional<StaffAccount> account = chats.findStaff(chatId).flatMap(staff::findById);
        if (account.isEmpty() || !account.get().answersResidents()) {
            send(chatId, texts.format("telegram.staff.not_linked", account.map(a -> languages.of(a.id()))
                    .orElse(StaffLanguages.DEFAULT)), null);
            return;
        }
        StaffAccount me = account.get();
        String language = languages.of(me.id());
        var replyTo = message.getReplyToMessage();
        Optional<Long> about = replyTo == null ? Optional.empty()
                : chats.findEscalation(chatId, replyTo.getMessageId().longValue());
        String command = text.split("[\\s@]", 2)[0];
        switch (command) {
            case "/ontkoppel", "/unlink" -> links.unlink(me, me.id());
            case "/vrijgeven", "/release" -> transition(me, chatId, language, about, command, true);
            case "/klaar", "/done" -> transition(me, chatId, language, about, command, false);
            default -> {
                if (about.isEmpty() || text.isEmpty() || text.startsWith("/")) {
                    send(chatId, texts.format("telegram.staff.hint", language), null);
                    return;
                }
                try {
                    // the inbox key makes the reply itself idempotent: a retry after a crash queues nothing new
                    desk.reply(me, about.get(), StaffDesk.replyText(text), "telegram:" + key);
                    send(chatId, texts.format("telegram.staff.sent", language), null);
                } catch (ApiProblem | nl.selam.bot.system.InvalidRequestException refused) {
                    send(chatId, texts.format("telegram.staff.not_yours", language), null);
                }
            }
        }
    }

    private void transition(StaffAccount me, String chatId, String language, Optional<Long> about, String command,
                            boolean release) throws Exception {
        Optional<Long> target = about.isPresent() ? about : onlyHeld(me);
        if (target.isEmpty()) {
            send(chatId, texts.format("telegram.staff.which", language, Map.of("command", command)), null);
            return;
        }
        long id = target.get();
        try {
            if (release) {
                desk.release(me, id);
                chats.forgetNotices(id); // open again: everyone who answers its language gets a fresh notice
            } else {
                desk.resolve(me, id);
            }
            send(chatId, texts.format(release ? "telegram.staff.released" : "telegram.staff.resolved", language,
                    Map.of("id", String.valueOf(id))), null);
        } catch (ApiProblem refused) {
            send(chatId, texts.format("telegram.staff.not_yours", language), null);
        }
    }

    // Without a Reply, a command is about the one escalation the staff member holds, if it is one.
    private Optional<Long> onlyHeld(StaffAccount me) {
        List<Long> held = desk.queue(me).stream().filter(e -> me.id().equals(e.claimedBy()))
                .filter(e -> e.state() == EscalationState.CLAIMED || e.state() == EscalationState.ANSWERED)
                .map(Escalation::id).toList();
        return held.size() == 1 ? Optional.of(held.get(0)) : Optional.empty();
    }

    private void link(String chatId, String code, String appLanguage) throws Exception {
        Optional<StaffAccount> account = links.redeem(code).flatMap(staff::findById)
                .filter(StaffAccount::answersResidents);
        if (account.isEmpty()) {
            String language = chats.findStaff(chatId).map(languages::of).orElse(appLanguage);
            send(chatId, texts.format("telegram.staff.bad_code", language), null);
            return;
        }
        long staffId = account.get().id();
        chats.unlink(staffId, chatId); // one chat per account and one account per chat: the newest link wins
        chats.link(staffId, chatId, clock.instant());
        audit.record(account.get(), "TELEGRAM_LINKED", null);
        LOG.info("Staff account {} linked a Telegram chat", staffId);
        send(chatId, texts.format("telegram.staff.linked", languages.of(staffId)), null);
    }

    private void claim(CallbackQuery query) throws Exception {
        String chatId = String.valueOf(query.getFrom().getId());
        long escalationId;
        try {
            escalationId = Long.parseLong(query.getData().substring("claim:".length()));
        } catch (NumberFormatException forged) {
            answer(query, null);
            return;
        }
        StaffAccount account = chats.findStaff(chatId).flatMap(staff::findById)
                .filter(StaffAccount::answersResidents).orElse(null);
        if (account == null) {
            answer(query, texts.format("telegram.staff.not_linked", StaffLanguages.DEFAULT));
            return;
        }
        String language = languages.of(account.id());
        String result;
        try {
            desk.claim(account, escalationId);
            Long sent = send(chatId, texts.format("telegram.staff.claimed", language,
                    Map.of("id", String.valueOf(escalationId))), null);
            chats.saveNotice(escalationId, account.id(), chatId, sent, clock.instant(), "CLAIMED");
            result = texts.format("telegram.staff.claimed_short", language);
        } catch (ApiProblem refused) {
            // "not found" is what the desk says for an escalation outside the staff member's languages
            result = texts.format(refused.status().getCode() == 404 ? "telegram.staff.not_your_language"
                    : "telegram.staff.taken", language);
        }
        answer(query, result);
        settleNotices();
    }

    private void answer(CallbackQuery query, @Nullable String text) {
        try {
            api.client().execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text(text).build());
        } catch (Exception e) {
            LOG.info("Telegram: answering a staff button press failed ({})", e.getClass().getSimpleName());
        }
    }

    // ---- what Selam sends staff on its own ----

    /**
     * Every few seconds: edits the notices of escalations that were claimed or closed (from Telegram or the
     * console), tells linked staff about new escalations in their languages, and relays residents' new messages to
     * the staff member holding their escalation.
     */
    @Scheduled(fixedDelay = "${selam.telegram.staff-notice-interval:5s}", initialDelay = "3s")
    void noticeNewEscalations() {
        if (!api.enabled()) {
            return;
        }
        try {
            chats.forgetProcessed(clock.instant().minus(java.time.Duration.ofDays(2)));
            settleNotices();
            for (StaffAccount account : chats.findLinkedStaff()) {
                if (account.answersResidents()) {
                    noticeAll(account);
                    relay(account);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Telegram: staff notices failed ({}); tried again later", e.getClass().getSimpleName());
        }
    }

    private void noticeAll(StaffAccount account) {
        for (Escalation e : desk.queue(account)) {
            if (e.state() == EscalationState.OPEN && chats.countNotices(e.id(), account.id()) == 0) {
                notice(account, e);
            }
        }
    }

    private void notice(StaffAccount account, Escalation e) {
        try {
            String chatId = chats.findChat(account.id()).orElseThrow();
            String language = languages.of(account.id());
            InlineKeyboardMarkup claim = InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                    InlineKeyboardButton.builder().text(texts.format("telegram.staff.claim", language))
                            .callbackData("claim:" + e.id()).build())).build();
            String text = noticeText(account, e, language);
            audit.record(account, "TELEGRAM_NOTICE", e.id());
            Long sent = send(chatId, text, claim);
            chats.saveNotice(e.id(), account.id(), chatId, sent, clock.instant(), "NOTICE");
        } catch (Exception failed) {
            LOG.info("Telegram: escalation notice to staff failed ({}); tried again later",
                    failed.getClass().getSimpleName());
        }
    }

    String noticeText(StaffAccount account, Escalation e, String language) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.format("telegram.staff.new", language, Map.of("id", String.valueOf(e.id()),
                "language", languageName(e.language(), language),
                "reason", texts.format("telegram.staff.reason." + e.reason().name(), language))));
        if (e.urgent()) {
            lines.add(texts.format("telegram.staff.urgent", language));
        }
        List<Message> said = messages.findByConversationIdOrderById(e.conversationId()).stream()
                .filter(m -> m.direction() == Message.Direction.IN).filter(StaffTelegram::residentWords).toList();
        if (!said.isEmpty()) {
            lines.add("");
            lines.add(texts.format("telegram.staff.last", language));
            for (Message m : said.subList(Math.max(0, said.size() - QUOTED), said.size())) {
                lines.add("« " + shown(account, m, language) + " »");
            }
        }
        if (!publicUrl.isEmpty()) {
            lines.add("");
            lines.add(texts.format("telegram.staff.open", language,
                    Map.of("url", publicUrl + "/console/conversations/" + e.id())));
        }
        return String.join("\n", lines);
    }

    // What the resident wrote or sent: not the commands (/mens) and button presses (lang:ar) that carry no question.
    private static boolean residentWords(Message m) {
        String text = m.text() == null ? "" : m.text().strip();
        boolean button = m.channelMessageId() != null && m.channelMessageId().startsWith("cb:");
        return m.kind() == MessageKind.MEDIA
                || (m.kind() == MessageKind.RESIDENT && !button && !text.isEmpty() && !text.startsWith("/"));
    }

    // A resident's message as this staff member may read it: masked for a sleutelpersoon, media named, shortened.
    private String shown(StaffAccount account, Message m, String language) {
        Optional<ResidentMedia.Attachment> attachment = media.stream().map(channel -> channel.describe(m))
                .flatMap(Optional::stream).findFirst();
        String text;
        if (attachment.isPresent()) {
            String kind = texts.format("telegram.staff.media", language, Map.of("kind", attachment.get().kind()));
            text = attachment.get().caption() == null ? kind : kind + ": " + attachment.get().caption();
        } else {
            text = m.text() == null || m.text().isBlank() || m.kind() != MessageKind.RESIDENT
                    ? texts.format("telegram.staff.no_words", language) : m.text();
        }
        text = masking.forRole(account.role(), text.strip());
        return text.codePointCount(0, text.length()) > QUOTE_LENGTH
                ? text.substring(0, text.offsetByCodePoints(0, QUOTE_LENGTH)) + "…" : text;
    }

    private String languageName(String code, String in) {
        if (texts.keys(in).contains("language." + code)) {
            return texts.format("language." + code, in);
        }
        String name = new ULocale(code).getDisplayLanguage(new ULocale(in));
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }

    /** Edits every notice of an escalation that is no longer open: "taken by <first name>", and no button. */
    void settleNotices() {
        Map<Long, String> names = new HashMap<>();
        for (UnsettledNotice n : chats.findUnsettledNotices()) {
            String language = languages.of(n.staffId());
            Map<String, Object> args = new HashMap<>();
            args.put("id", String.valueOf(n.escalationId()));
            args.put("language", languageName(n.language(), language));
            String key;
            if (n.claimedBy() == null) {
                key = "telegram.staff.closed";
            } else if (n.claimedBy().equals(n.staffId())) {
                key = "telegram.staff.taken_by_you";
            } else {
                key = "telegram.staff.taken_by";
                args.put("name", names.computeIfAbsent(n.claimedBy(), this::firstName));
            }
            if (chats.settle(n.id()) == 0) {
                continue; // edited by a parallel round (a claim from Telegram, another instance)
            }
            try {
                // no reply_markup: the edit removes the "take it" button
                api.client().execute(EditMessageText.builder().chatId(n.chatId())
                        .messageId((int) n.telegramMessageId()).text(texts.format(key, language, args)).build());
            } catch (TelegramApiRequestException gone) {
                LOG.info("Telegram: a staff notice could not be edited ({}); left as it is", gone.getErrorCode());
            } catch (Exception e) {
                chats.unsettle(n.id()); // Telegram unreachable: the next round tries again
                LOG.info("Telegram: editing a staff notice failed ({}); tried again later",
                        e.getClass().getSimpleName());
            }
        }
    }

    // Only the first name ever reaches other staff in Telegram, as with residents.
    private String firstName(long staffId) {
        return staff.findById(staffId).map(a -> a.name().strip().split("\\s+")[0]).orElse("?");
    }

    /** The resident's messages since the claim, to the staff member holding the escalation, each once. */
    private void relay(StaffAccount account) {
        List<PendingRelay> pending = chats.findPendingRelays(account.id());
        if (pending.isEmpty()) {
            return;
        }
        String chatId = chats.findChat(account.id()).orElse(null);
        String language = languages.of(account.id());
        for (PendingRelay p : pending) {
            try {
                if (chats.claimRelay(p.escalationId(), account.id(), chatId, p.id(), clock.instant()) == 0) {
                    continue;
                }
            } catch (RuntimeException raced) {
                continue; // another instance relays this one
            }
            try {
                Long sent = relayOne(account, chatId, language, p);
                chats.relayed(p.id(), account.id(), sent);
            } catch (Exception e) {
                LOG.info("Telegram: relaying a resident message to staff failed ({})", e.getClass().getSimpleName());
            }
        }
    }

    private Long relayOne(StaffAccount account, String chatId, String language, PendingRelay p) throws Exception {
        Message m = messages.findById(p.id()).orElseThrow();
        if (!residentWords(m)) {
            return 0L; // a command or button press: marked as handled, nothing to relay
        }
        String id = String.valueOf(p.escalationId());
        Matcher file = MEDIA.matcher(m.text() == null ? "" : m.text());
        if (m.kind() == MessageKind.MEDIA && file.find()) {
            String kind = texts.format("telegram.staff.media", language, Map.of("kind", file.group(1)));
            String caption = texts.format("telegram.staff.relay_media", language, Map.of("id", id, "kind",
                    shown(account, m, language)));
            if (!masking.mayOpenResidentMedia(account.role())) {
                return send(chatId, caption + "\n" + texts.format("telegram.staff.media_hidden", language), null);
            }
            audit.record(account, "MEDIA", p.escalationId());
            return sendFile(chatId, file.group(1), file.group(2), caption.isEmpty() ? kind : caption);
        }
        return send(chatId, texts.format("telegram.staff.relay", language,
                Map.of("id", id, "text", shown(account, m, language))), null);
    }

    // A resident's file goes on by Telegram's own file_id: Selam never downloads or keeps it for this.
    private Long sendFile(String chatId, String kind, String fileId, String caption) throws Exception {
        InputFile file = new InputFile(fileId);
        org.telegram.telegrambots.meta.api.objects.message.Message sent = switch (kind) {
            case "voice" -> api.client().execute(SendVoice.builder().chatId(chatId).voice(file).caption(caption).build());
            case "audio" -> api.client().execute(SendAudio.builder().chatId(chatId).audio(file).caption(caption).build());
            case "photo" -> api.client().execute(SendPhoto.builder().chatId(chatId).photo(file).caption(caption).build());
            case "video" -> api.client().execute(SendVideo.builder().chatId(chatId).video(file).caption(caption).build());
            case "video_note" -> {
                api.client().execute(SendVideoNote.builder().chatId(chatId).videoNote(file).build());
                yield api.client().execute(SendMessage.builder().chatId(chatId).text(caption).build());
            }
            default -> api.client().execute(SendDocument.builder().chatId(chatId).document(file).caption(caption)
                    .build());
        };
        return sent == null || sent.getMessageId() == null ? 0L : sent.getMessageId().longValue();
    }

    // ---- helpers ----

    private Long send(String chatId, String text, InlineKeyboardMarkup keyboard) throws Exception {
        var message = SendMessage.builder().chatId(chatId).text(text).linkPreviewOptions(
                org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions.builder().isDisabled(true).build());
        if (keyboard != null) {
            message.replyMarkup(keyboard);
        }
        var sent = api.client().execute(message.build());
        return sent == null || sent.getMessageId() == null ? 0L : sent.getMessageId().longValue();
    }

    private static String text(org.telegram.telegrambots.meta.api.objects.message.Message message) {
        return message.hasText() ? message.getText().strip() : "";
    }

    /** The code of {@code /start <code>} (a deep link) or {@code /koppel <code>}, or null for anything else. */
    private static String linkCode(String text) {
        String[] parts = text.split("\\s+", 2);
        if (parts.length < 2) {
            return null;
        }
        String command = parts[0].split("@", 2)[0];
        String argument = parts[1].strip();
        if (command.equals("/koppel") || command.equals("/link")) {
            return argument; // any argument: a wrong code is answered as one
        }
        // a resident's /start carries nothing like a code, so only a code-shaped payload is a link attempt
        return command.equals("/start") && TelegramStaffLinks.CODE.matcher(argument).matches() ? argument : null;
    }

    private String appLanguage(String code) {
        return code != null && StaffLanguages.CHOICES.contains(code) ? code : StaffLanguages.DEFAULT;
    }
}
