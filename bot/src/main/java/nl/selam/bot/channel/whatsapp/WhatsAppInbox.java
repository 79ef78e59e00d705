package nl.selam.bot.channel.whatsapp;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.channel.ChannelGateway;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;

/**
 * Acts on the events of one webhook post, never throwing: a resident's message goes to the {@link ChannelGateway}
 * (its wamid is the inbox key, so a redelivered post is a no-op); a status callback is recorded on the delivery it is
 * about. Returns false only when something could not be stored for a reason that may pass (the database is
 * unreachable), so Meta posts it again; an item that can never be stored is logged and skipped.
 */
@Singleton
class WhatsAppInbox {

    static final String CHANNEL = "whatsapp";
    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppInbox.class);

    private final ChannelGateway gateway;
    private final ResidentDirectory residents;
    private final ContactStore contacts;
    private final DeliveryLog deliveries;
    private final NumberVault vault;
    private final EventMapper mapper;
    private final CloudApi api;
    private final WhatsAppConfiguration config;
    private final Messages texts;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    WhatsAppInbox(ChannelGateway gateway, ResidentDirectory residents, ContactStore contacts, DeliveryLog deliveries, NumberVault vault,
                  EventMapper mapper, CloudApi api, WhatsAppConfiguration config, Messages texts,
                  TransactionOperations<Connection> tx, Clock clock) {
        this.gateway = gateway;
        this.residents = residents;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.vault = vault;
        this.mapper = mapper;
        this.api = api;
        this.config = config;
        this.texts = texts;
        this.tx = tx;
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
        // the contact row needs the resident's id: the core creates residents the same way on the event itself
        long residentId = residents.findOrCreate(CHANNEL, key).id();
        // the window opens with the resident's own timestamp; the number is sealed only for a new contact
        boolean first = contacts.wrote(residentId, incoming.sentAt(), () -> vault.seal(incoming.waId(), key));
        for (InboundEvent event : mapper.map(key, incoming, first)) {
            String language = event instanceof InboundEvent.EraseConfirmed ? gateway.languageOf(CHANNEL, key) : null;
            gateway.receive(event);
            if (language != null) {
                goodbye(incoming.waId(), language);
            }
        }
    }

    // The resident and everything about them are gone, the outbox entries with them: the goodbye goes out directly,
    // inside the window their own message just opened.
    private void goodbye(String waId, String language) {
        try {
            api.send(config.phoneNumberId(), CloudMessages.text(waId, texts.format("whatsapp.erased", language)));
        } catch (RuntimeException e) {
            LOG.info("WhatsApp: the goodbye after erasing was not sent ({})", e.getClass().getSimpleName());
        }
    }

    private void status(WebhookEvent.Status status) {
        if ("other".equals(status.status())) {
            return;
        }
        int changed = deliveries.advance(status.wamid(), status.status(), status.errorCode(), status.at());
        if (changed == 0 || !"failed".equals(status.status())) {
            return;
        }
        LOG.info("WhatsApp: a message failed after it was accepted (code {})", status.errorCode());
        if (status.errorCode() != null
                && CloudApiError.classify(400, status.errorCode()) == CloudApiError.Kind.RE_ENGAGEMENT) {
            reEngage(status);
        } else if (status.errorCode() != null
                && CloudApiError.classify(400, status.errorCode()) == CloudApiError.Kind.UNDELIVERABLE) {
            // Meta took the message but could not deliver it: nothing more goes out until the resident writes again
            deliveries.findResidentKey(status.wamid()).ifPresent(key -> gateway.receive(
                    new InboundEvent.ReachabilityChanged(new Origin(CHANNEL, EventMapper.inboxKey(status.wamid()),
                            key), false)));
        }
    }

    // Meta usually says 131047 here, after it took the message: the window is closed on its clock, so the message
    // goes again, as a template (queued in the outbox as before, so it keeps its place in the resident's line).
    private void reEngage(WebhookEvent.Status status) {
        tx.executeWrite(t -> {
            deliveries.findResidentOfFreeForm(status.wamid()).ifPresent(residentId -> {
                contacts.closeWindow(residentId, clock.instant());
                if (deliveries.requeue(status.wamid(), clock.instant()) > 0) {
                    deliveries.retire(status.wamid());
                }
            });
            return null;
        });
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
