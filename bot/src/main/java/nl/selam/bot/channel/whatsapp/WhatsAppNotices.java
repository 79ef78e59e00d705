package nl.selam.bot.channel.whatsapp;

import jakarta.inject.Singleton;
import nl.selam.bot.escalation.ChannelNotices;

import java.time.Clock;
import java.util.List;

/**
 * Tells the tolk on the conversation page when the resident's 24-hour window is closed: a reply then goes out as the
 * approved template message of its language (or, without one, waits until the resident writes again).
 */
@Singleton
class WhatsAppNotices implements ChannelNotices {

    static final String WINDOW_CLOSED = "desk.whatsapp.window_closed";
    static final String NO_TEMPLATE = "desk.whatsapp.no_template";

    private final ContactStore contacts;
    private final WhatsAppConfiguration config;
    private final Clock clock;

    WhatsAppNotices(ContactStore contacts, WhatsAppConfiguration config, Clock clock) {
        this.contacts = contacts;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public List<String> about(long residentId, String channel) {
        if (!WhatsAppInbox.CHANNEL.equals(channel)
                || ServiceWindow.isOpen(contacts.lastInbound(residentId), clock.instant())) {
            return List.of();
        }
        return List.of(!config.hasAnyTemplate() ? NO_TEMPLATE : WINDOW_CLOSED);
    }
}
