package nl.selam.bot.escalation;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.outbox.Outbox;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Files and photos a tolk sends to a resident through the resident's own channel: stored with an outgoing
 * {@link MessageKind#STAFF_FILE} message and delivered by the outbox like a reply (Telegram sends a photo or a
 * document; the web chat shows a download link that only that chat session can open).
 *
 * <p>Only JPEG, PNG and PDF are accepted, recognised from the file's first bytes: the type the browser claims is
 * ignored, so nothing that a browser would run (HTML, SVG, scripts) can be sent under the municipality's name.
 */
@Singleton
public class StaffFiles {

    /** The content types a staff member may send. */
    public static final List<String> TYPES = List.of("image/jpeg", "image/png", "application/pdf");
    private static final int MAX_NAME = 120;

    private final EscalationRepository escalations;
    private final MessageRepository messages;
    private final StaffFileRepository files;
    private final ResidentDirectory residents;
    private final Outbox outbox;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final long maxBytes;

    StaffFiles(EscalationRepository escalations, MessageRepository messages, StaffFileRepository files,
               ResidentDirectory residents, Outbox outbox, AuditLog audit, TransactionOperations<Connection> tx,
               Clock clock, @Value("${selam.desk.max-file-size:5242880}") long maxBytes) {
        this.escalations = escalations;
        this.messages = messages;
        this.files = files;
        this.residents = residents;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** A file that passed the checks, ready to send. */
    public record Checked(String name, String contentType, byte[] bytes, @Nullable String caption) {
    }

    /** Checks size and type (from the bytes) and cleans the name; refused with {@link InvalidRequestException}. */
    public Checked check(@Nullable String fileName, byte[] bytes, @Nullable String caption) {
        if (bytes.length == 0 || bytes.length > maxBytes) {
            throw new InvalidRequestException("a file must be 1 byte to " + maxBytes + " bytes");
        }
        String type = sniff(bytes).orElseThrow(() -> new InvalidRequestException("only JPEG, PNG or PDF"));
        String text = caption == null ? null : caption.strip();
        if (text != null && (text.isEmpty() || text.length() > 1000)) {
            text = text.isEmpty() ? null : text.substring(0, 1000);
        }
        return new Checked(cleanName(fileName, type), type, bytes, text);
    }

    /** Sends the file to the resident of an escalation the staff member holds. */
    public Message send(StaffAccount staff, long escalationId, Checked file) {
        Escalation e = escalations.findById(escalationId).filter(x -> staff.answersResidents()
                && staff.languageList().contains(x.language())).orElseThrow(() -> ApiProblem.notFound("escalation"));
        Resident resident = residents.byId(e.residentId()).orElseThrow(() -> ApiProblem.notFound("resident"));
        long[] queued = new long[1];
        Message saved = tx.executeWrite(status -> {
            if (escalations.markAnswered(e.id(), staff.id(), clock.instant()) == 0) {
                throw ApiProblem.conflict("claim the escalation before sending a file");
            }
            String text = file.caption() != null ? file.caption() : file.name();
            Message m = messages.save(new Message(null, resident.id(), e.conversationId(), Message.Direction.OUT,
                    resident.channel(), null, MessageKind.STAFF_FILE, text, e.language(), null, null, null, null,
                    null, e.id(), staff.id(), clock.instant(), null, null));
            files.save(new StaffFile(m.id(), file.name(), file.contentType(), file.bytes().length, file.bytes()));
            queued[0] = outbox.enqueue(m, "stafffile:" + e.id() + ":" + UUID.randomUUID());
            audit.record(staff, "SEND_FILE", e.id(), file.contentType());
            return m;
        });
        outbox.deliverNow(List.of(queued[0]));
        return saved;
    }

    public Optional<StaffFile> of(long messageId) {
        return files.findById(messageId);
    }

    /** The names of the files of these messages, by message id. */
    public Map<Long, String> names(Collection<Long> messageIds) {
        Map<Long, String> names = new HashMap<>();
        if (!messageIds.isEmpty()) {
            files.findByIds(messageIds).forEach(f -> names.put(f.messageId(), f.fileName()));
        }
        return names;
    }

    /**
     * The file as a download: never shown inline by the browser, never sniffed into another type, and sandboxed in
     * case a browser still tried to render it.
     */
    public static HttpResponse<byte[]> download(StaffFile f) {
        String ascii = f.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = java.net.URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(f.content()).contentType(MediaType.of(f.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'");
    }

    static Optional<String> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    // Only the last path segment, no control characters, the extension that fits the type.
    private static String cleanName(@Nullable String typed, String type) {
        String name = typed == null ? "" : typed.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        String ext = switch (type) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".pdf";
        };
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "bestand";
        }
        if (base.length() > MAX_NAME) {
            base = base.substring(0, MAX_NAME);
        }
        return base + ext;
    }
}
