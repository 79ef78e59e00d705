package nl.selam.bot.channel.whatsapp;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says once at start whether WhatsApp is on, and which settings are missing when it is not (names, never values). */
@Singleton
class WhatsAppLifecycle implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppLifecycle.class);

    private final WhatsAppConfiguration config;

    WhatsAppLifecycle(WhatsAppConfiguration config) {
        this.config = config;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (config.enabled()) {
            LOG.info("WhatsApp: on; Meta posts to /whatsapp/webhook, replies go to the Cloud API at {}",
                    config.apiUrl());
        } else if (config.anySet()) {
            LOG.warn("WhatsApp is off: {} not set", String.join(", ", config.missing()));
        } else {
            LOG.info("WhatsApp is off: set WHATSAPP_TOKEN and the other WHATSAPP_* settings to connect a number");
        }
    }
}
