package nl.selam.bot.channel.whatsapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.contract.ChannelSender;
import nl.selam.bot.conversation.contract.Choice;
import nl.selam.bot.conversation.contract.DeliveryDeferred;
import nl.selam.bot.conversation.contract.OutboundReply;
import nl.selam.bot.conversation.contract.RecipientUnreachable;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers replies to residents on WhatsApp for the outbox. Inside the 24-hour window a reply goes out as text,
 * reply buttons or a list; outside it (or when Meta says 131047) as the approved template of its language, and
 * without one it is parked as unreachable until the resident writes. Parts the Cloud API accepted are recorded at
 * once and skipped on a retry. Meta's limits: 130429 pauses everyone with growing backoff, 131056 pauses this
 * resident, 131026 reports them unreachable, 5xx and Meta's transient codes go back to the outbox's backoff.
 */
@Singleton
class WhatsAppSender implements ChannelSender {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RTL_MARK = "\u200F";

    // one resident's messages go out one at a time, in order; striped so memory stays bounded
    private final ReentrantLock[] locks = new ReentrantLock[64];

    private final CloudApi api;
    private final WhatsAppConfiguration config;
    private final ContactStore contacts;
    private final DeliveryLog deliveries;
    private final NumberVault vault;
    private final Messages texts;
    private final Clock clock;
    private final Throttle throttle;

    WhatsAppSender(CloudApi api, WhatsAppConfiguration config, ContactStore contacts, DeliveryLog deliveries,
                   NumberVault vault, Messages texts, Clock clock) {
        this.api = api;
        this.config = config;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.vault = vault;
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

    /** The Cloud API is a network call behind a pace: never in the webhook's request, so Meta gets its 200 at once. */
    @Override
    public boolean remote() {
        return true;
    }

    @Override
    public void deliver(OutboundReply reply) throws Exception {
        if (!config.enabled()) {
            throw new IllegalStateException("WhatsApp is off"); // retried, then parked: a beheerder sees why
        }
        String sealed = contacts.findSealed(reply.residentId()).orElse(null);
        if (sealed == null) {
            throw new RecipientUnreachable(); // erased meanwhile, or never wrote on WhatsApp
        }
        String to = vault.open(sealed, reply.recipient());
        ReentrantLock lock = locks[Math.floorMod(Long.hashCode(reply.residentId()), locks.length)];
        lock.lock();
        try {
            boolean open = ServiceWindow.isOpen(contacts.lastInbound(reply.residentId()), clock.instant());
            if (!open) {
                outsideWindow(reply, to, 0, text(reply));
            } else if (reply.kind() == MessageKind.STAFF_FILE && reply.attachment() != null) {
                sendFile(reply, to);
            } else {
                sendParts(reply, to);
            }
        } finally {
            lock.unlock();
        }
    }

    private void sendParts(OutboundReply reply, String to) throws Exception {
        WhatsAppReply view = new WhatsAppReply(text(reply), reply.language().code(), options(reply), null);
        List<ReplyRenderer.Part> parts = ReplyRenderer.render(to, view, label(reply.language()));
        for (int part = 0; part < parts.size(); part++) {
            if (deliveries.countPart(reply.messageId(), part) > 0) {
                continue; // taken by the Cloud API on an earlier attempt
            }
            String payload = parts.get(part).payload();
            try {
                post(reply, part, false, () -> api.send(config.phoneNumberId(), payload));
            } catch (CloudApiError e) {
                if (e.kind() != CloudApiError.Kind.RE_ENGAGEMENT) {
                    throw translate(reply, e);
                }
                // Meta counts the window differently from us (a late webhook): the rest goes as a template
                StringBuilder rest = new StringBuilder();
                for (int i = part; i < parts.size(); i++) {
                    rest.append(rest.length() == 0 ? "" : "\n").append(parts.get(i).text());
                }
                outsideWindow(reply, to, part, rest.toString().isBlank() ? text(reply) : rest.toString());
                return;
            }
        }
    }

    private void outsideWindow(OutboundReply reply, String to, int part, String text) throws Exception {
        if (deliveries.countPart(reply.messageId(), part) > 0) {
            return;
        }
        WhatsAppConfiguration.Template template = config.template(reply.language().code());
        if (template == null || reply.kind() == MessageKind.STAFF_FILE) {
            // no template, or a file (a template carries text only): it waits until the resident writes again
            LOG.info("WhatsApp: a message waits for the resident (outside the 24-hour window)");
            throw new RecipientUnreachable();
        }
        try {
            post(reply, part, true, () -> api.send(config.phoneNumberId(), CloudMessages.template(to, template,
                    text)));
        } catch (CloudApiError e) {
            throw translate(reply, e);
        }
    }

    // A tolk's file: uploaded to the Cloud API, then sent by its media id as a photo or a document.
    private void sendFile(OutboundReply reply, String to) throws Exception {
        if (deliveries.countPart(reply.messageId(), 0) > 0) {
            return;
        }
        OutboundReply.Attachment file = reply.attachment();
        try {
            post(reply, 0, false, () -> {
                String uploaded = api.upload(config.phoneNumberId(), MultipartBody.builder()
                        .addPart("messaging_product", "whatsapp").addPart("type", file.contentType())
                        .addPart("file", file.fileName(), MediaType.of(file.contentType()), file.content()).build());
                String mediaId = JSON.readTree(uploaded).path("id").asText("");
                String caption = reply.text().equals(file.fileName()) ? signature(reply) : text(reply);
                return api.send(config.phoneNumberId(), CloudMessages.media(to, file.photo() ? "image" : "document",
                        mediaId, caption, file.fileName()));
            });
        } catch (CloudApiError e) {
            throw translate(reply, e);
        }
    }

    private void post(OutboundReply reply, int part, boolean template, Callable<String> call) throws Exception {
        Duration wait = throttle.acquire(reply.recipient());
        if (!wait.isZero()) {
            throw new DeliveryDeferred(wait);
        }
        String answer;
        try {
            answer = call.call();
        } catch (HttpClientResponseException e) {
            throw CloudApiError.of(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(null));
        }
        throttle.succeeded();
        // recorded at once: a crash from here on does not send this part again
        deliveries.record(reply.messageId(), part, wamid(answer), template, clock.instant());
    }

    private Exception translate(OutboundReply reply, CloudApiError e) {
        switch (e.kind()) {
            case RATE_LIMIT -> {
                Duration pause = throttle.rateHit();
                LOG.info("WhatsApp: rate limit hit (code {}); everyone waits {}", e.code(), pause);
                return new DeliveryDeferred(pause);
            }
            case PAIR_RATE_LIMIT -> {
                return new DeliveryDeferred(throttle.pairHit(reply.recipient()));
            }
            case UNDELIVERABLE, RE_ENGAGEMENT -> {
                LOG.info("WhatsApp: a resident cannot be reached (code {}); parked until they write", e.code());
                return new RecipientUnreachable();
            }
            default -> {
                LOG.info("WhatsApp: the Cloud API refused a message (HTTP {}, code {})", e.httpStatus(), e.code());
                return e;
            }
        }
    }

    /** The reply's words, signed when a tolk wrote them; right-to-left text starts with a right-to-left mark. */
    private String text(OutboundReply reply) {
        String signature = signature(reply);
        String text = signature == null ? reply.text() : reply.text().isBlank() ? signature
                : reply.text() + "\n\n" + signature;
        return reply.direction() == Language.Direction.RTL && !text.isEmpty() ? RTL_MARK + text : text;
    }

    // A tolk's reply is signed with their first name only (or the team): never their account or full name.
    private String signature(OutboundReply reply) {
        if (!reply.fromStaff()) {
            return null;
        }
        String name = reply.staffFirstName();
        return "— " + (name == null || name.isBlank() ? texts.format("whatsapp.team", reply.language().code())
                : name);
    }

    static List<CloudMessages.Option> options(OutboundReply reply) {
        List<CloudMessages.Option> options = new ArrayList<>();
        for (Choice choice : reply.choices()) {
            options.add(new CloudMessages.Option(choice.action().id(), choice.label()));
        }
        for (Choice choice : reply.followUps()) {
            options.add(new CloudMessages.Option(choice.action().id(), choice.label()));
        }
        return options;
    }

    private String label(Language language) {
        return texts.format("whatsapp.choose", language.code());
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
