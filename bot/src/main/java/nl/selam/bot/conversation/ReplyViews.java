package nl.selam.bot.conversation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.contract.AttachmentSource;
import nl.selam.bot.conversation.contract.Choice;
import nl.selam.bot.conversation.contract.OutboundReply;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a stored outgoing message into the {@link OutboundReply} a channel renders: the recipient, the typed
 * choices, the follow-up buttons that belong to its kind, the signer's first name and any file. The one place that
 * decides which buttons go under which message, so every channel offers the same.
 */
@Singleton
public class ReplyViews {

    private final ResidentDirectory residents;
    private final StaffRepository staff;
    private final List<AttachmentSource> attachments;
    private final Messages texts;

    ReplyViews(ResidentDirectory residents, StaffRepository staff, List<AttachmentSource> attachments,
               Messages texts) {
        this.residents = residents;
        this.staff = staff;
        this.attachments = attachments;
        this.texts = texts;
    }

    /** The view of an outgoing message; empty when its resident was erased meanwhile (nobody to deliver to). */
    public Optional<OutboundReply> of(Message message) {
        if (message.direction() != Message.Direction.OUT) {
            throw new IllegalArgumentException("only outgoing messages are delivered");
        }
        return residents.byId(message.residentId()).map(resident -> view(message, resident.channelUserId(),
                firstName(message), attachment(message)));
    }

    /** The view without the database: for tests and tools that hold a message and its recipient already. */
    public static OutboundReply view(Message message, String recipient, String staffFirstName,
                                     OutboundReply.Attachment attachment, Messages texts) {
        Language language = language(message);
        List<Choice> choices = ChoiceLines.decode(message.choices());
        return new OutboundReply(message.id() == null ? 0 : message.id(), message.residentId(), message.channel(),
                recipient, message.kind(), message.text(), language, language.direction(), choices,
                choices.size() > OutboundReply.MAX_BUTTONS ? OutboundReply.Presentation.LIST
                        : OutboundReply.Presentation.BUTTONS,
                followUps(message, language.code(), texts), message.staffId() != null, staffFirstName, attachment);
    }

    private OutboundReply view(Message message, String recipient, String staffFirstName,
                               OutboundReply.Attachment attachment) {
        return view(message, recipient, staffFirstName, attachment, texts);
    }

    /** A stored message's own choices, typed (for a channel that renders its history itself, like the web chat). */
    public static List<Choice> choicesOf(Message message) {
        return ChoiceLines.decode(message.choices());
    }

    // The buttons every channel shows under a kind of message, after the message's own choices.
    private static List<Choice> followUps(Message m, String language, Messages texts) {
        List<Choice> out = new ArrayList<>();
        if (m.kind() == MessageKind.ANSWER && "ANSWER".equals(m.outcome()) && m.topic() != null
                && !m.topic().startsWith("bot.") && m.id() != null) {
            out.add(new Choice(new Action.Rate(m.id(), true), "👍"));
            out.add(new Choice(new Action.Rate(m.id(), false), "👎"));
            out.add(new Choice(new Action.AskPerson(), texts.format("web.talk_to_person", language)));
        } else if (m.kind() == MessageKind.CLARIFY || "GREETING".equals(m.outcome())) {
            out.add(new Choice(new Action.OpenMenu(null), texts.format("telegram.menu_button", language)));
            out.add(new Choice(new Action.AskPerson(), texts.format("web.talk_to_person", language)));
        } else if (m.kind() == MessageKind.ESCALATION_OPENED) {
            out.add(new Choice(new Action.ReturnToAssistant(), texts.format("web.back_to_assistant", language)));
        }
        return out;
    }

    private static Language language(Message m) {
        return Language.fromCode(m.language()).filter(Language::isAnswered).orElse(Language.NL);
    }

    // Only the first name, and only of who wrote it: never the account or full name.
    private String firstName(Message message) {
        if (message.staffId() == null) {
            return null;
        }
        return staff.findById(message.staffId()).map(StaffAccount::name).map(n -> n.strip().split("\\s+")[0])
                .filter(n -> !n.isBlank()).orElse(null);
    }

    private OutboundReply.Attachment attachment(Message message) {
        if (message.kind() != MessageKind.STAFF_FILE) {
            return null;
        }
        return attachments.stream().map(a -> a.attachment(message.id())).flatMap(Optional::stream).findFirst()
                .orElse(null);
    }
}
