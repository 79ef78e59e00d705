package nl.selam.bot.channel.telegram;

import nl.selam.bot.channel.InboundMessage;
import nl.selam.translations.Messages;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a Telegram update into what it means for Selam. Pure: no storage, no network. The resident's key is the
 * private chat's id; the inbox key is the chat and message id (or the callback query id for a button).
 */
final class UpdateMapper {

    static final String CHANNEL = "telegram";

    /** Commands residents may type, to what the handlers understand. */
    private static final Map<String, String> COMMANDS = Map.of("/start", "/start", "/help", "/start",
            "/taal", "/taal", "/language", "/taal", "/menu", "/menu", "/privacy", "/privacy", "/vergeet", "/vergeet",
            "/delete", "/vergeet", "/erase", "/vergeet");

    private UpdateMapper() {
    }

    static TelegramInbound map(Update update) {
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery());
        }
        if (update.getMyChatMember() != null) {
            return membership(update.getMyChatMember());
        }
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasEditedMessage()) {
            return new TelegramInbound.Ignored("edited message"); // the first version was answered already
        }
        return new TelegramInbound.Ignored("update type");
    }

    private static TelegramInbound message(Message m) {
        String chatId = String.valueOf(m.getChatId());
        if (!"private".equals(m.getChat().getType())) {
            boolean added = Boolean.TRUE.equals(m.getGroupchatCreated()) || m.getNewChatMembers() != null
                    && m.getNewChatMembers().stream().anyMatch(u -> Boolean.TRUE.equals(u.getIsBot()));
            return added ? new TelegramInbound.Group(chatId, hint(m.getFrom()))
                    : new TelegramInbound.Ignored("group message");
        }
        String key = chatId + ":" + m.getMessageId();
        if (m.hasText()) {
            String text = text(m.getText(), m.getFrom());
            return text.equals("/mens") ? new TelegramInbound.Pipeline(new InboundMessage(CHANNEL, key, chatId, null,
                    InboundMessage.Command.PERSON), null) : pipeline(key, chatId, text, null);
        }
        String media = mediaReference(m);
        if (media != null) {
            String caption = m.getCaption() == null || m.getCaption().isBlank() ? "" : "\n" + m.getCaption();
            return new TelegramInbound.Pipeline(new InboundMessage(CHANNEL, key, chatId, media + caption,
                    InboundMessage.Command.MEDIA), null);
        }
        if (m.hasSticker() || m.hasLocation() || m.hasContact() || m.getVenue() != null || m.hasAnimation()
                || m.hasDice() || m.hasPoll()) {
            // what they sent is not stored (a location or contact is personal data); they get a polite hint
            return pipeline(key, chatId, "/unsupported", null);
        }
        return new TelegramInbound.Ignored("service message");
    }

    private static TelegramInbound.Pipeline pipeline(String key, String chatId, String text, String callbackId) {
        return new TelegramInbound.Pipeline(new InboundMessage(CHANNEL, key, chatId, text, null), callbackId);
    }

    private static String text(String text, User from) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("/")) {
            return text;
        }
        String word = trimmed.split("\\s+", 2)[0];
        int at = word.indexOf('@'); // "/start@SelamBot" in groups and from menus
        String command = (at > 0 ? word.substring(0, at) : word).toLowerCase(Locale.ROOT);
        if (command.equals("/mens") || command.equals("/person")) {
            return "/mens";
        }
        String known = COMMANDS.getOrDefault(command, "/start");
        String hint = hint(from);
        return known.equals("/start") && hint != null ? "/start " + hint : known;
    }

    // A reference the tolk's console can resolve through the Bot API; the file itself is not copied.
    static String mediaReference(Message m) {
        if (m.hasVoice()) {
            return "[telegram:voice:" + m.getVoice().getFileId() + "]";
        }
        if (m.hasAudio()) {
            return "[telegram:audio:" + m.getAudio().getFileId() + "]";
        }
        if (m.hasVideoNote()) {
            return "[telegram:video_note:" + m.getVideoNote().getFileId() + "]";
        }
        if (m.hasVideo()) {
            return "[telegram:video:" + m.getVideo().getFileId() + "]";
        }
        if (m.hasPhoto()) {
            PhotoSize largest = m.getPhoto().stream()
                    .max(Comparator.comparing(p -> p.getFileSize() == null ? 0 : p.getFileSize())).orElseThrow();
            return "[telegram:photo:" + largest.getFileId() + "]";
        }
        if (m.hasDocument()) {
            return "[telegram:document:" + m.getDocument().getFileId() + "]";
        }
        return null;
    }

    private static TelegramInbound callback(CallbackQuery q) {
        String chatId = q.getMessage() != null ? String.valueOf(q.getMessage().getChatId())
                : String.valueOf(q.getFrom().getId());
        String data = q.getData() == null ? "" : q.getData();
        String key = "cb:" + q.getId();
        if (data.equals("erase:yes")) {
            return new TelegramInbound.Erase(chatId, q.getId());
        }
        if (data.startsWith("fb:")) {
            String[] parts = data.split(":");
            if (parts.length == 3 && parts[1].matches("\\d{1,18}")) {
                return new TelegramInbound.Feedback(chatId, Long.parseLong(parts[1]), "1".equals(parts[2]), q.getId());
            }
        }
        if (data.equals("person")) {
            return new TelegramInbound.Pipeline(new InboundMessage(CHANNEL, key, chatId, null,
                    InboundMessage.Command.PERSON), q.getId());
        }
        if (data.equals("assistant")) {
            return new TelegramInbound.Pipeline(new InboundMessage(CHANNEL, key, chatId, null,
                    InboundMessage.Command.ASSISTANT), q.getId());
        }
        if (data.matches("(lang|menu|topic|erase):[a-z0-9._-]{1,60}|menu")) {
            return pipeline(key, chatId, data, q.getId());
        }
        return new TelegramInbound.Ignored("unknown button");
    }

    private static TelegramInbound membership(ChatMemberUpdated change) {
        String chatId = String.valueOf(change.getChat().getId());
        String status = change.getNewChatMember() == null ? "" : change.getNewChatMember().getStatus();
        if ("private".equals(change.getChat().getType())) {
            return new TelegramInbound.Reachability(chatId, !"kicked".equals(status));
        }
        boolean joined = "member".equals(status) || "administrator".equals(status);
        return joined ? new TelegramInbound.Group(chatId, hint(change.getFrom()))
                : new TelegramInbound.Ignored("left a group");
    }

    /** The Telegram app's language, when Selam has texts in it. */
    static String hint(User user) {
        String code = user == null || user.getLanguageCode() == null ? null
                : user.getLanguageCode().toLowerCase(Locale.ROOT).split("-")[0];
        return code != null && Messages.LANGUAGES.contains(code) ? code : null;
    }
}
