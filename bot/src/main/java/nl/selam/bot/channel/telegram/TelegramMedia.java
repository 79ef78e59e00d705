package nl.selam.bot.channel.telegram;

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
import org.telegram.telegrambots.meta.api.methods.GetFile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a media message's Telegram reference to the file, for staff who may see its escalation. The download
 * is made here rather than by the library, whose file downloads ignore a custom Bot API address.
 */
@Singleton
class TelegramMedia implements ResidentMedia {

    private static final Pattern REFERENCE = Pattern.compile("^\\[telegram:([a-z_]+):([A-Za-z0-9_-]{1,200})]");
    private static final Map<String, String> TYPES = Map.of("voice", "audio/ogg", "audio", "audio/mpeg",
            "photo", "image/jpeg", "video", "video/mp4", "video_note", "video/mp4");

    /** A fetched file. */
    record File(byte[] bytes, String contentType) {
    }

    private final TelegramApi api;
    private final MessageRepository messages;
    private final EscalationRepository escalations;
    private final AuditLog audit;
    // Made at the first file fetched, not with the bean: building an HttpClient sets up TLS (the JDK's trust store),
    // a few hundred ms of CPU that every start paid, also with Telegram off.
    private static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private final StaffViewMasking masking;

    TelegramMedia(TelegramApi api, MessageRepository messages, EscalationRepository escalations, AuditLog audit,
                  StaffViewMasking masking) {
        this.masking = masking;
        this.api = api;
        this.messages = messages;
        this.escalations = escalations;
        this.audit = audit;
    }

    @Override
    public Optional<Attachment> describe(Message message) {
        if (message.kind() != MessageKind.MEDIA || !UpdateMapper.CHANNEL.equals(message.channel())) {
            return Optional.empty();
        }
        String text = message.text() == null ? "" : message.text();
        Matcher reference = REFERENCE.matcher(text);
        if (!reference.find()) {
            return Optional.empty();
        }
        String caption = text.substring(reference.end()).strip();
        return Optional.of(new Attachment(reference.group(1), caption.isEmpty() ? null : caption));
    }

    /** For the console (no Telegram types leave this package). */
    @Override
    public Optional<ResidentMedia.File> open(StaffAccount staff, long messageId) {
        return fetch(staff, messageId).map(f -> new ResidentMedia.File(f.bytes(), f.contentType()));
    }

    Optional<File> fetch(StaffAccount staff, long messageId) {
        Message message = messages.findById(messageId).filter(m -> m.kind() == MessageKind.MEDIA)
                .filter(m -> UpdateMapper.CHANNEL.equals(m.channel()) && m.escalationId() != null).orElse(null);
        Escalation escalation = message == null ? null : escalations.findById(message.escalationId()).orElse(null);
        if (escalation == null || !staff.answersResidents() || !staff.languageList().contains(escalation.language())
                || !masking.mayOpenResidentMedia(staff.role())) {
            // the same answer for "not there" and "not yours"; a sleutelpersoon opens no letters (issue 15)
            return Optional.empty();
        }
        Matcher reference = REFERENCE.matcher(message.text() == null ? "" : message.text());
        if (!reference.find()) {
            return Optional.empty();
        }
        audit.record(staff, "MEDIA", escalation.id());
        return Optional.of(download(reference.group(2), TYPES.getOrDefault(reference.group(1),
                "application/octet-stream")));
    }

    private File download(String fileId, String contentType) {
        try {
            var file = api.client().execute(GetFile.builder().fileId(fileId).build());
            URI uri = URI.create(api.config().api() + "/file/bot" + api.config().botToken().value() + "/"
                    + file.getFilePath());
            HttpResponse<byte[]> response = Http.CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new ApiProblem(io.micronaut.http.HttpStatus.BAD_GATEWAY, "Telegram did not give the file");
            }
            return new File(response.body(), contentType);
        } catch (ApiProblem e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(io.micronaut.http.HttpStatus.BAD_GATEWAY, "interrupted while fetching the file");
        } catch (Exception e) {
            // never the exception text: the download address holds the bot token
            throw new ApiProblem(io.micronaut.http.HttpStatus.BAD_GATEWAY,
                    "Telegram did not give the file (" + e.getClass().getSimpleName() + ")");
        }
    }
}
