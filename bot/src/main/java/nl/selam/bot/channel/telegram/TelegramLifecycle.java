package nl.selam.bot.channel.telegram;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

import java.util.List;

/**
 * Connects Selam to Telegram once the server is up: long polling by default, or registers the webhook when a
 * webhook address is configured. Says once that Telegram is off when no token is set.
 */
@Singleton
class TelegramLifecycle implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramLifecycle.class);
    static final List<String> UPDATES = List.of("message", "edited_message", "callback_query", "my_chat_member");

    private final TelegramApi api;
    private final TelegramUpdates updates;
    private TelegramBotsLongPollingApplication polling;

    TelegramLifecycle(TelegramApi api, TelegramUpdates updates) {
        this.api = api;
        this.updates = updates;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        TelegramConfiguration config = api.config();
        if (!api.enabled()) {
            LOG.info("Telegram is off: set TELEGRAM_BOT_TOKEN to connect a bot");
        } else if (config.webhookMode()) {
            registerWebhook(config);
        } else {
            startPolling(config);
        }
    }

    private void registerWebhook(TelegramConfiguration config) {
        if (!config.secret().isSet()) {
            LOG.error("Telegram webhook not registered: TELEGRAM_WEBHOOK_SECRET must be set with TELEGRAM_WEBHOOK_URL");
            return;
        }
        try {
            api.client().execute(SetWebhook.builder().url(config.webhookUrl()).secretToken(config.secret().value())
                    .allowedUpdates(UPDATES).build());
            LOG.info("Telegram: webhook registered; updates arrive at /telegram/webhook");
        } catch (Exception e) {
            // the exception text could hold a request address, and with it the token: only its type is logged
            LOG.error("Telegram: registering the webhook failed ({})", e.getClass().getSimpleName());
        }
    }

    private synchronized void startPolling(TelegramConfiguration config) {
        try {
            polling = new TelegramBotsLongPollingApplication();
            polling.registerBot(config.botToken().value(), api::url, new DefaultGetUpdatesGenerator(),
                    updates::consumeAll);
            LOG.info("Telegram: long polling started");
        } catch (Exception e) {
            LOG.error("Telegram: long polling could not start ({})", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    synchronized void stop() {
        updates.stop();
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                LOG.info("Telegram: long polling stopped with {}", e.getClass().getSimpleName());
            }
            polling = null;
        }
    }
}
