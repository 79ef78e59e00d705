package nl.selam.bot.channel.telegram;

import jakarta.inject.Singleton;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.net.URI;

/** The library's client, pointed at the configured Bot API address; absent while Telegram is off. */
@Singleton
class TelegramApi {

    private final TelegramConfiguration config;
    private final TelegramUrl url;
    private final TelegramClient client;

    TelegramApi(TelegramConfiguration config) {
        this.config = config;
        this.url = url(config.api());
        this.client = config.enabled() ? new OkHttpTelegramClient(config.botToken().value(), url) : null;
    }

    boolean enabled() {
        return client != null;
    }

    TelegramClient client() {
        if (client == null) {
            throw new IllegalStateException("Telegram is off: TELEGRAM_BOT_TOKEN is not set");
        }
        return client;
    }

    TelegramUrl url() {
        return url;
    }

    TelegramConfiguration config() {
        return config;
    }

    // The library takes scheme, host and port only: a Bot API server must be served at the root of its address.
    static TelegramUrl url(URI api) {
        boolean https = !"http".equalsIgnoreCase(api.getScheme());
        int port = api.getPort() != -1 ? api.getPort() : https ? 443 : 80;
        return TelegramUrl.builder().schema(https ? "https" : "http").host(api.getHost()).port(port)
                .testServer(false).build();
    }
}
