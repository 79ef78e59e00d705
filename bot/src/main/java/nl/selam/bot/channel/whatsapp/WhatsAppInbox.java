package nl.selam.bot.channel.whatsapp;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.ConversationService;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Acts on the events of one webhook post, never throwing: a resident's message is stored through the conversation
 * core (its wamid is the inbox key, so a redelivered post is a no-op); a status callback is recorded on the
 * delivery it is about. Returns false only when something could not be stored for a reason that may pass (the
 * database is unreachable), so Meta posts it again; an item that can never be stored is logged and skipped.
 */
@Singleton
class WhatsAppInbox {

    static final String CHANNEL = "whatsapp";
    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppInbox.class);

    private final ConversationService conversations;
    private final ResidentDirectory residents;
    private final ContactStore contacts;
    private final DeliveryLog deliveries;
    private final NumberVault vault;
    private final InboundMapper mapper;
    private final Clock clock;

    WhatsAppInbox(ConversationService conversations, ResidentDirectory residents, ContactStore contacts,
                  DeliveryLog deliveries, NumberVault vault, InboundMapper mapper, Clock clock) {
        this.conversations = conversations;
        this.residents = residents;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.vault = vault;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** True once every event is stored or deliberately dropped. */
    boolean accept(List<WebhookEvent> events) {
        boolean stored = true;
        for (WebhookEvent event : events) {
            try {
                if (event instanceof WebhookEvent.Incoming incoming) {
                    receive(incoming);
                } else if (event instanceof WebhookEvent.Status status) {
                    status(status);
                }
            } catch (RuntimeException e) {
                LOG.warn("WhatsApp webhook item failed ({})", e.getClass().getSimpleName());
                if (unreachableDatabase(e)) {
                    stored = false; // the rest is still tried: what is stored now is a no-op when Meta posts again
                }
            }
        }
        return stored;
    }

    private void receive(WebhookEvent.Incoming incoming) {
        String key = vault.residentKey(incoming.waId());
        Resident resident = residents.findOrCreate(CHANNEL, key);
        // the window opens with the resident's own timestamp; the number is sealed only for a new contact
        contacts.wrote(resident.id(), incoming.sentAt(), () -> vault.seal(incoming.waId(), key));
        mapper.handle(resident, incoming);
    }

    private void status(WebhookEvent.Status status) {
        if ("other".equals(status.status())) {
            return;
        }
        int changed = deliveries.advance(status.wamid(), status.status(), status.errorCode(), status.at());
        if (changed > 0 && "failed".equals(status.status()) && status.errorCode() != null
                && CloudApiError.classify(400, status.errorCode()) == CloudApiError.Kind.UNDELIVERABLE) {
            // Meta took the message but could not deliver it: later messages park until the resident writes again
            deliveries.findResident(status.wamid()).ifPresent(id -> contacts.markUnreachable(id, clock.instant()));
        }
        if (changed > 0 && "failed".equals(status.status())) {
            LOG.info("WhatsApp: a message failed after it was accepted (code {})", status.errorCode());
        }
    }

    static boolean unreachableDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.net.ConnectException || t.getClass().getSimpleName().contains("Connection")) {
                return true;
            }
        }
        return false;
    }
}
