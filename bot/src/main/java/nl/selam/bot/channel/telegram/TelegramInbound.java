package nl.selam.bot.channel.telegram;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.conversation.contract.InboundEvent;

/** What one Telegram update means for Selam; made by {@link UpdateMapper}, acted on by {@link TelegramUpdates}. */
sealed interface TelegramInbound {

    /** A resident's event for the core (through the channel gateway), and the button press to answer, if any. */
    record Pipeline(InboundEvent event, @Nullable String callbackId) implements TelegramInbound {
    }

    /** Someone added the bot to a group: Selam only talks in private chats. */
    record Group(String chatId, @Nullable String languageHint) implements TelegramInbound {
    }

    /** Deliberately ignored (edited messages, service messages, other chats' traffic). */
    record Ignored(String why) implements TelegramInbound {
    }
}
