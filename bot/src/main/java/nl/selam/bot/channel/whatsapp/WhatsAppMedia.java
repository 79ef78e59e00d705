package nl.selam.bot.channel.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.escalation.ResidentMedia;
import nl.selam.bot.privacy.StaffViewMasking;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.system.ApiProblem;

import java.net.URI;
import java.util.Optional;

/**
 * Opens a resident's voice note, photo or document for staff who may see its escalation: the media id kept in the
 * message is looked up on the Cloud API ({@code GET /{media-id}} gives a short-lived URL) and the file downloaded
 * with the access token, when asked for; nothing is cached or written to disk.
 */
@Singleton
class WhatsAppMedia implements ResidentMedia {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudApi api;
    private final HttpClient http;
    private final WhatsAppConfiguration config;
    private final MessageRepository messages;
    private final EscalationRepository escalations;
    private final AuditLog audit;
    private final StaffViewMasking masking;

    WhatsAppMedia(CloudApi api, @Client(CloudApi.BASE) HttpClient http, WhatsAppConfiguration config,
                  MessageRepository messages, EscalationRepository escalations, AuditLog audit,
                  StaffViewMasking masking) {
        this.api = api;
        this.http = http;
        this.config = config;
        this.messages = messages;
        this.escalations = escalations;
        this.audit = audit;
        this.masking = masking;
    }

    @Override
    public Optional<Attachment> describe(Message message) {
        if (message.kind() != MessageKind.MEDIA || !WhatsAppInbox.CHANNEL.equals(message.channel())) {
            return Optional.empty();
        }
        MediaReference.Parsed reference = MediaReference.parse(message.text());
        return reference == null ? Optional.empty()
                : Optional.of(new Attachment(reference.kind(), reference.caption()));
    }

    @Override
    public Optional<File> open(StaffAccount staff, long messageId) {
        Message message = messages.findById(messageId).filter(m -> m.kind() == MessageKind.MEDIA)
                .filter(m -> WhatsAppInbox.CHANNEL.equals(m.channel()) && m.escalationId() != null).orElse(null);
        Escalation escalation = message == null ? null : escalations.findById(message.escalationId()).orElse(null);
        if (escalation == null || !staff.answersResidents() || !staff.languageList().contains(escalation.language())
                || !masking.mayOpenResidentMedia(staff.role())) {
            return Optional.empty(); // the same answer for "not there" and "not yours"
        }
        MediaReference.Parsed reference = MediaReference.parse(message.text());
        if (reference == null) {
            return Optional.empty();
        }
        audit.record(staff, "MEDIA", escalation.id());
        return Optional.of(download(reference));
    }

    private File download(MediaReference.Parsed reference) {
        try {
            JsonNode info = JSON.readTree(api.media(reference.mediaId()));
            String url = info.path("url").asText("");
            String type = info.path("mime_type").asText(reference.fallbackType());
            URI uri = URI.create(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalStateException("not a download address");
            }
            byte[] bytes = http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(config.accessToken().value()),
                    byte[].class);
            return new File(bytes, type.split(";")[0].strip());
        } catch (Exception e) {
            // never the exception text: it may hold the download address
            throw new ApiProblem(HttpStatus.BAD_GATEWAY,
                    "WhatsApp did not give the file (" + e.getClass().getSimpleName() + ")");
        }
    }
}
