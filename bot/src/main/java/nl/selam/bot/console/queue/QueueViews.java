package nl.selam.bot.console.queue;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationState;
import nl.selam.bot.escalation.ResidentMedia;
import nl.selam.kb.language.Language;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the queue templates show; public records, read by the templates through their accessors. */
public final class QueueViews {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM HH:mm", Locale.ROOT)
            .withZone(ZONE);

    private QueueViews() {
    }

    /**
     * One escalation in a list.
     *
     * @param mine    claimed by the person looking at it
     * @param hours   with {@code minutes}: how long it has been waiting (since it was opened)
     */
    public record Row(long id, String language, String dir, String reason, boolean urgent, String state,
                      boolean mine, long hours, long minutes, boolean overdue, String opened) {

        static Row of(Escalation e, long viewer, Instant now) {
            long waited = Math.max(0, Duration.between(e.createdAt(), now).toMinutes());
            return new Row(e.id(), e.language(), QueueViews.dir(e.language()), e.reason().name(), e.urgent(), e.state().name(),
                    e.claimedBy() != null && e.claimedBy() == viewer, waited / 60, waited % 60,
                    e.overdueAt() != null, time(e.createdAt()));
        }

        public boolean open() {
            return EscalationState.OPEN.name().equals(state);
        }

        public boolean active() {
            return EscalationState.valueOf(state).isActive();
        }
    }

    /**
     * One message of the conversation.
     *
     * @param resident   written by the resident (else Selam's or a staff member's message to them)
     * @param author     the staff member's name for a staff reply, else null
     * @param confidence Selam's confidence as a whole percentage, or null
     * @param media      the voice note, photo or document it holds, or null
     */
    public record Line(long id, boolean resident, String kind, @Nullable String text, @Nullable String lang,
                       String dir, String at, @Nullable String author, boolean byMe, @Nullable String outcome,
                       @Nullable String topic, @Nullable Long confidence, @Nullable ResidentMedia.Attachment media) {

        static Line of(Message m, String fallbackLanguage, @Nullable String author, boolean byMe,
                       @Nullable ResidentMedia.Attachment media) {
            boolean in = m.direction() == Message.Direction.IN;
            String language = m.language() != null && Language.fromCode(m.language())
                    .filter(l -> l != Language.UND).isPresent() ? m.language() : in ? fallbackLanguage : null;
            Long confidence = m.confidence() == null ? null : Math.round(m.confidence() * 100);
            return new Line(m.id(), in, m.kind().name(), m.text(), language, QueueViews.dir(language), time(m.createdAt()),
                    author, byMe, m.outcome(), m.topic(), confidence, media);
        }

        public boolean staffReply() {
            return "STAFF_REPLY".equals(kind);
        }

        /** This line with the resident's words (text and media caption) passed through {@code mask}. */
        Line maskedResident(java.util.function.UnaryOperator<String> mask) {
            if (!resident) {
                return this;
            }
            ResidentMedia.Attachment shown = media == null ? null
                    : new ResidentMedia.Attachment(media.kind(), mask.apply(media.caption()));
            return new Line(id, resident, kind, mask.apply(text), lang, dir, at, author, byMe, outcome, topic,
                    confidence, shown);
        }
    }

    /** An FAQ topic in the topic picker, titled in the resident's language. */
    public record Topic(String id, String title) {
    }

    /** rtl for Arabic and Persian, auto where the language is not known, else ltr. */
    static String dir(@Nullable String language) {
        if (language == null) {
            return "auto";
        }
        return Language.fromCode(language).map(Language::isRightToLeft).orElse(false) ? "rtl" : "ltr";
    }

    static String time(Instant at) {
        return TIME.format(at);
    }
}
