package nl.selam.bot.channel.telegram;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.channel.InboundMessage;

/** What one Telegram update means for Selam; made by {@link UpdateMapper}, acted on by {@link TelegramUpdates}. */
sealed interface TelegramInbound {

    /** Goes through the conversation pipeline (stored in the inbox first). */
    record Pipeline(InboundMessage message, @Nullable String callbackId) implements TelegramInbound {
    }

    /** The resident confirmed "erase everything". */
    record Erase(String chatId, String callbackId) implements TelegramInbound {
    }

    /** 👍 or 👎 on one of Selam's answers. */
    record Feedback(String chatId, long messageId, boolean helpful, String callbackId) implements TelegramInbound {
    }

    /** Someone added the bot to a group: Selam only talks in private chats. */
    record Group(String chatId, @Nullable String languageHint) implements TelegramInbound {
    }

    /** The resident blocked ({@code reachable = false}) or unblocked the bot. */
    record Reachability(String chatId, boolean reachable) implements TelegramInbound {
    }

    /** Deliberately ignored (edited messages, service messages, other chats' traffic). */
    record Ignored(String why) implements TelegramInbound {
    }
}
