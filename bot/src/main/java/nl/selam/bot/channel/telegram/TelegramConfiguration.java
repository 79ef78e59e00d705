package nl.selam.bot.channel.telegram;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/**
 * Telegram settings ({@code selam.telegram.*}, see application.yml for the environment variables).
 *
 * @param token            the bot token from BotFather; unset means Telegram is off
 * @param apiUrl           the Bot API address; another one for tests or a self-hosted Bot API server
 * @param webhookUrl       the public HTTPS address of {@code /telegram/webhook}; unset means long polling
 * @param webhookSecret    the secret Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param perChatInterval  the least time between two messages to one chat
 * @param perSecond        messages per second over all chats
 * @param staffSignature   {@code first-name}: a tolk's reply is signed with their first name;
 *                         {@code team}: with "Selam team"
 */
@ConfigurationProperties("selam.telegram")
record TelegramConfiguration(@Nullable String token,
                             @Bindable(defaultValue = "https://api.telegram.org") String apiUrl,
                             @Nullable String webhookUrl,
                             @Nullable String webhookSecret,
                             @Bindable(defaultValue = "1s") Duration perChatInterval,
                             @Bindable(defaultValue = "30") int perSecond,
                             @Bindable(defaultValue = "first-name") String staffSignature) {

    boolean enabled() {
        return botToken().isSet();
    }

    boolean webhookMode() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    Secret botToken() {
        return new Secret(token);
    }

    Secret secret() {
        return new Secret(webhookSecret);
    }

    URI api() {
        return URI.create(apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl);
    }

    boolean signWithTeam() {
        return "team".equalsIgnoreCase(staffSignature);
    }

    @Override
    public String toString() {
        return "TelegramConfiguration[token=[REDACTED], apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl
                + ", webhookSecret=[REDACTED]]";
    }
}
