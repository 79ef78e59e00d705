package nl.selam.bot.channel.telegram;

import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.kb.language.Language;
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
        Origin origin = new Origin(CHANNEL, chatId + ":" + m.getMessageId(), chatId);
        if (m.hasText()) {
            return pipeline(text(origin, m.getText(), m.getFrom()), null);
        }
        String media = mediaReference(m);
        if (media != null) {
            return pipeline(new InboundEvent.Media(origin, media, m.getCaption()), null);
        }
        if (m.hasSticker() || m.hasLocation() || m.hasContact() || m.getVenue() != null || m.hasAnimation()
                || m.hasDice() || m.hasPoll()) {
            // what they sent is not stored (a location or contact is personal data); they get a polite hint
            return pipeline(new InboundEvent.Unsupported(origin), null);
        }
        return new TelegramInbound.Ignored("service message");
    }

    private static TelegramInbound.Pipeline pipeline(InboundEvent event, String callbackId) {
        return new TelegramInbound.Pipeline(event, callbackId);
    }

    private static InboundEvent text(Origin origin, String text, User from) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("/")) {
            return new InboundEvent.Text(origin, text);
        }
        String word = trimmed.split("\\s+", 2)[0];
        int at = word.indexOf('@'); // "/start@SelamBot" in groups and from menus
        String command = (at > 0 ? word.substring(0, at) : word).toLowerCase(Locale.ROOT);
        if (command.equals("/mens") || command.equals("/person")) {
            return new InboundEvent.PersonRequested(origin, null);
        }
        return switch (COMMANDS.getOrDefault(command, "/start")) {
            case "/taal" -> new InboundEvent.LanguageMenu(origin);
            case "/menu" -> new InboundEvent.MenuChosen(origin, null);
            case "/privacy" -> new InboundEvent.PrivacyRequested(origin);
            case "/vergeet" -> new InboundEvent.EraseRequested(origin);
            default -> new InboundEvent.Start(origin, Language.fromCode(hint(from)).orElse(null));
        };
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
        Origin origin = new Origin(CHANNEL, "cb:" + q.getId(), chatId);
        // the button's data is an Action token Selam put there; anything else is forged or stale
        return Action.parse(q.getData()).<TelegramInbound>map(a -> pipeline(a.toEvent(origin, null), q.getId()))
                .orElseGet(() -> new TelegramInbound.Ignored("unknown button"));
    }

    private static TelegramInbound membership(ChatMemberUpdated change) {
        String chatId = String.valueOf(change.getChat().getId());
        String status = change.getNewChatMember() == null ? "" : change.getNewChatMember().getStatus();
        if ("private".equals(change.getChat().getType())) {
            Origin origin = new Origin(CHANNEL, "member:" + chatId + ":" + change.getDate(), chatId);
            return pipeline(new InboundEvent.ReachabilityChanged(origin, !"kicked".equals(status)), null);
        }
        boolean joined = "member".equals(status) || "administrator".equals(status);
        return joined ? new TelegramInbound.Group(chatId, hint(change.getFrom()))
                : new TelegramInbound.Ignored("left a group");
    }

    /** The Telegram app's language, when Selam has texts in it. */
    static String hint(User user) {
        String code = user == null || user.getLanguageCode() == null ? null
                : user.getLanguageCode().toLowerCase(Locale.ROOT).split("-")[0];
        return Language.fromCode(code).filter(Language::isAnswered).map(Language::code).orElse(null);
    }
}
