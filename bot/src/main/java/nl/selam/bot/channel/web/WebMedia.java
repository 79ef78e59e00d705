package nl.selam.bot.channel.web;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.selam.bot.channel.ChannelGateway;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Receipt;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.escalation.ResidentMedia;
import nl.selam.bot.privacy.StaffViewMasking;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photos, documents and voice notes in the web chat. The file is stored first, then the media message goes through
 * the same pipeline as a Telegram voice note (so it opens an escalation or joins the open one), and the console
 * opens it through {@link ResidentMedia} exactly as it opens Telegram media. The message's text is only the
 * reference {@code [web:<kind>:<file id>]}.
 */
@Singleton
class WebMedia implements ResidentMedia {

    private static final Pattern REFERENCE = Pattern.compile("^\\[web:(photo|document|voice):([0-9]{1,18})]");
    /** An upload whose message never got stored is kept this long, for the page's retry, then swept. */
    private static final Duration ORPHAN_AGE = Duration.ofHours(1);

    private final WebMediaRepository files;
    private final ChannelGateway gateway;
    private final ResidentDirectory residents;
    private final MessageRepository messages;
    private final EscalationRepository escalations;
    private final StaffViewMasking masking;
    private final AuditLog audit;
    private final Clock clock;

    WebMedia(WebMediaRepository files, ChannelGateway gateway, ResidentDirectory residents,
             MessageRepository messages, EscalationRepository escalations, StaffViewMasking masking, AuditLog audit,
             Clock clock) {
        this.files = files;
        this.gateway = gateway;
        this.residents = residents;
        this.messages = messages;
        this.escalations = escalations;
        this.masking = masking;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the file and hands its message to the pipeline. A resend with the same page id (a retry after a
     * network error, or the same request twice at once) stores one file and one message.
     */
    Receipt receive(WebSession session, String pageId, WebMediaType type, byte[] bytes) {
        Resident resident = residents.findOrCreate(WebChannelSender.CHANNEL, session.residentKey());
        // Namespaced by session like text messages: two residents' pages may pick the same id.
        String key = session.residentKey() + ":" + pageId;
        if (messages.findByChannelAndChannelMessageId(WebChannelSender.CHANNEL, key).isPresent()) {
            return Receipt.DUPLICATE;
        }
        WebMediaFile file = files.findByUploadKey(key).orElseGet(() -> store(resident, key, type, bytes));
        Receipt receipt = gateway.receive(new InboundEvent.Media(new Origin(WebChannelSender.CHANNEL, key,
                session.residentKey()), "[web:" + file.kind() + ":" + file.id() + "]", null));
        if (receipt == Receipt.THROTTLED) {
            files.deleteUnlinked(key);
        } else {
            files.link(key);
        }
        return receipt;
    }

    private WebMediaFile store(Resident resident, String key, WebMediaType type, byte[] bytes) {
        try {
            return files.save(new WebMediaFile(null, resident.id(), null, key, type.kind(), type.contentType(),
                    bytes.length, bytes, clock.instant()));
        } catch (DataAccessException sameUploadAtOnce) {
            // the same upload arrived twice at the same moment: the other request stored it
            return files.findByUploadKey(key).orElseThrow(() -> sameUploadAtOnce);
        }
    }

    /** The resident's own file, for their page; empty alike for "not there" and "not yours". */
    Optional<File> openOwn(WebSession session, long messageId) {
        Resident resident = residents.find(WebChannelSender.CHANNEL, session.residentKey()).orElse(null);
        if (resident == null) {
            return Optional.empty();
        }
        return messages.findById(messageId).filter(m -> resident.id().equals(m.residentId()))
                .flatMap(this::file).map(f -> new File(f.content(), f.contentType()));
    }

    @Override
    public Optional<Attachment> describe(Message message) {
        if (message.kind() != MessageKind.MEDIA || !WebChannelSender.CHANNEL.equals(message.channel())) {
            return Optional.empty();
        }
        Matcher reference = REFERENCE.matcher(message.text() == null ? "" : message.text());
        return reference.find() ? Optional.of(new Attachment(reference.group(1), null)) : Optional.empty();
    }

    @Override
    public Optional<File> open(StaffAccount staff, long messageId) {
        Message message = messages.findById(messageId).filter(m -> m.escalationId() != null).orElse(null);
        Escalation escalation = message == null ? null : escalations.findById(message.escalationId()).orElse(null);
        if (escalation == null || !staff.answersResidents() || !staff.languageList().contains(escalation.language())
                || !masking.mayOpenResidentMedia(staff.role())) {
            return Optional.empty(); // the same answer for "not there" and "not yours"
        }
        Optional<WebMediaFile> file = file(message);
        file.ifPresent(f -> audit.record(staff, "MEDIA", escalation.id()));
        return file.map(f -> new File(f.content(), f.contentType()));
    }

    /** Removes files whose message was never stored; everything else goes with its conversation. */
    @Scheduled(fixedDelay = "${selam.privacy.retention-interval:1h}", initialDelay = "5m")
    public void sweep() {
        files.deleteOrphansBefore(clock.instant().minus(ORPHAN_AGE));
    }

    private Optional<WebMediaFile> file(Message message) {
        if (message.kind() != MessageKind.MEDIA || !WebChannelSender.CHANNEL.equals(message.channel())) {
            return Optional.empty();
        }
        Matcher reference = REFERENCE.matcher(message.text() == null ? "" : message.text());
        if (!reference.find()) {
            return Optional.empty();
        }
        // the file must be the message's resident's own, whatever id a reference names
        return files.findByIdAndResidentId(Long.parseLong(reference.group(2)), message.residentId());
    }
}
