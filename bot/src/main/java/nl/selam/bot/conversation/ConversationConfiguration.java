package nl.selam.bot.conversation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Conversation settings ({@code selam.conversation.*}).
 *
 * @param floodLimit  messages a resident may send per minute before the rest are refused with one polite note
 * @param quietClose  a conversation without messages for this long is closed (retention counts from then)
 */
@ConfigurationProperties("selam.conversation")
public record ConversationConfiguration(@Bindable(defaultValue = "20") int floodLimit,
                                        @Bindable(defaultValue = "24h") Duration quietClose) {
}
