package nl.selam.bot.channel.whatsapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import nl.selam.bot.channel.ChannelSender;
import nl.selam.bot.channel.DeliveryDeferred;
import nl.selam.bot.channel.RecipientUnreachable;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers stored messages to residents on WhatsApp for the outbox. Inside the 24-hour window a reply goes out as
 * text, buttons or a list; outside it (or when Meta says 131047) as the approved template of its language, and
 * without one it is parked. Parts the Cloud API accepted are recorded at once and skipped on a retry. Meta's
 * limits: 130429 pauses everyone with growing backoff, 131056 pauses this resident, 131026 marks them unreachable
 * until they write again, 5xx and Meta's transient codes go back to the outbox's backoff.
 */
@Singleton
class WhatsAppSender implements ChannelSender {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    // one resident's messages go out one at a time, in order; striped so memory stays bounded
    private final ReentrantLock[] locks = new ReentrantLock[64];

    private final CloudApi api;
    private final WhatsAppConfiguration config;
    private final ResidentDirectory residents;
    private final ContactStore contacts;
    private final DeliveryLog deliveries;
    private final NumberVault vault;
    private final MessageView views;
    private final MessageRepository messages;
    private final Messages texts;
    private final Clock clock;
    private final Throttle throttle;

    WhatsAppSender(CloudApi api, WhatsAppConfiguration config, ResidentDirectory residents, ContactStore contacts,
                   DeliveryLog deliveries, NumberVault vault, MessageView views, MessageRepository messages,
                   Messages texts, Clock clock) {
        this.api = api;
        this.config = config;
        this.residents = residents;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.vault = vault;
        this.views = views;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
        this.throttle = new Throttle(config.perRecipient(), config.perSecond(), config.rateBackoff());
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Override
    public String channel() {
        return WhatsAppInbox.CHANNEL;
    }

    @Override
    public void deliver(Message message) throws Exception {
        if (!config.enabled()) {
            throw new IllegalStateException("WhatsApp is off"); // retried, then parked: a beheerder sees why
        }
        Resident resident = residents.byId(message.residentId()).orElse(null);
        if (resident == null) {
            return; // erased meanwhile: nothing to deliver, nobody to deliver to
        }
        String sealed = contacts.findSealed(resident.id()).orElse(null);
        if (sealed == null || contacts.isUnreachable(resident.id())) {
            throw new RecipientUnreachable();
        }
        String to = vault.open(sealed, resident.channelUserId());
        ReentrantLock lock = locks[Math.floorMod(resident.id().hashCode(), locks.length)];
        lock.lock();
        try {
            WhatsAppReply reply = views.of(message);
            if (ServiceWindow.isOpen(contacts.lastInbound(resident.id()), clock.instant())) {
                sendParts(resident, message, to, reply);
            } else {
                sendTemplate(resident, message, to, reply, 0, reply.signedText());
            }
        } finally {
            lock.unlock();
        }
        messages.markDelivered(message.id(), clock.instant());
    }

    private void sendParts(Resident resident, Message message, String to, WhatsAppReply reply) throws Exception {
        List<ReplyRenderer.Part> parts = ReplyRenderer.render(to, reply, label(reply.language()));
        for (int part = 0; part < parts.size(); part++) {
            if (deliveries.countPart(message.id(), part) > 0) {
                continue; // taken by the Cloud API on an earlier attempt
            }
            try {
                post(resident, message, part, parts.get(part).payload(), false);
            } catch (CloudApiError e) {
                if (e.kind() != CloudApiError.Kind.RE_ENGAGEMENT) {
                    throw translate(resident, e);
                }
                // Meta counts the window differently from us (a late webhook): the rest goes as a template
                StringBuilder rest = new StringBuilder();
                for (int i = part; i < parts.size(); i++) {
                    rest.append(rest.length() == 0 ? "" : "\n").append(parts.get(i).text());
                }
                sendTemplate(resident, message, to, reply, part, rest.toString().isBlank() ? reply.signedText()
                        : rest.toString());
                return;
            }
        }
    }

    private void sendTemplate(Resident resident, Message message, String to, WhatsAppReply reply, int part,
                              String text) throws Exception {
        if (deliveries.countPart(message.id(), part) > 0) {
            return;
        }
        WhatsAppConfiguration.Template template = config.template(reply.language());
        if (template == null) {
            LOG.info("WhatsApp: a message waits for the resident (outside the 24-hour window, no template set)");
            throw new RecipientUnreachable();
        }
        try {
            post(resident, message, part, CloudMessages.template(to, template, text), true);
        } catch (CloudApiError e) {
            throw translate(resident, e);
        }
    }

    private void post(Resident resident, Message message, int part, String payload, boolean template)
            throws Exception {
        Duration wait = throttle.acquire(resident.channelUserId());
        if (!wait.isZero()) {
            throw new DeliveryDeferred(wait);
        }
        String answer;
        try {
            answer = api.send(config.phoneNumberId(), payload);
        } catch (HttpClientResponseException e) {
            throw CloudApiError.of(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(null));
        }
        throttle.succeeded();
        // recorded at once: a crash from here on does not send this part again
        deliveries.record(message.id(), part, wamid(answer), template, clock.instant());
    }

    private Exception translate(Resident resident, CloudApiError e) {
        switch (e.kind()) {
            case RATE_LIMIT -> {
                Duration pause = throttle.rateHit();
                LOG.info("WhatsApp: rate limit hit (code {}); everyone waits {}", e.code(), pause);
                return new DeliveryDeferred(pause);
            }
            case PAIR_RATE_LIMIT -> {
                return new DeliveryDeferred(throttle.pairHit(resident.channelUserId()));
            }
            case UNDELIVERABLE, RE_ENGAGEMENT -> {
                contacts.markUnreachable(resident.id(), clock.instant());
                LOG.info("WhatsApp: a resident cannot be reached (code {}); parked until they write", e.code());
                return new RecipientUnreachable();
            }
            default -> {
                LOG.info("WhatsApp: the Cloud API refused a message (HTTP {}, code {})", e.httpStatus(), e.code());
                return e;
            }
        }
    }

    private String label(String language) {
        return texts.format("whatsapp.choose", texts.supports(language) ? language : "nl");
    }

    private static String wamid(String answer) throws CloudApiError {
        try {
            String id = JSON.readTree(answer).path("messages").path(0).path("id").asText("");
            if (!id.isEmpty() && id.length() <= 200) {
                return id;
            }
        } catch (Exception e) {
            // below
        }
        throw new CloudApiError(200, null); // accepted but unreadable: retried, as nothing was recorded
    }
}
