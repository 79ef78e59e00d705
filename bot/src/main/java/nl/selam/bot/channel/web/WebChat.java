package nl.selam.bot.channel.web;

import jakarta.inject.Singleton;
import nl.selam.bot.channel.ChannelGateway;
import nl.selam.bot.conversation.contract.Choice;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Receipt;
import nl.selam.bot.conversation.ReplyViews;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationService;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.kb.language.Language;

import java.util.List;

/** The web chat's side of the pipeline: sessions to residents, messages in, the visible log out. */
@Singleton
class WebChat {

    private final ChannelGateway gateway;
    private final ResidentDirectory residents;
    private final MessageRepository messages;
    private final EscalationService escalations;
    private final StaffRepository staff;
    private final WebMedia media;

    WebChat(ChannelGateway gateway, ResidentDirectory residents, MessageRepository messages,
            EscalationService escalations, StaffRepository staff, WebMedia media) {
        this.gateway = gateway;
        this.residents = residents;
        this.messages = messages;
        this.escalations = escalations;
        this.staff = staff;
        this.media = media;
    }

    Receipt send(WebSession session, WebChatRequest request) {
        if (request.language() != null) {
            choose(session, request.language());
        }
        // Namespaced by session: two residents' pages may well pick the same message id.
        Origin origin = new Origin(WebChannelSender.CHANNEL, session.residentKey() + ":" + request.id(),
                session.residentKey());
        return gateway.receive(request.command() != null ? request.command().toEvent(origin, request.text())
                : new InboundEvent.Text(origin, request.text()));
    }

    // The page shows the choice itself: no reply.
    void choose(WebSession session, Language language) {
        gateway.receive(new InboundEvent.LanguageChosen(new Origin(WebChannelSender.CHANNEL, "language",
                session.residentKey()), language, false));
    }

    ChatLog log(WebSession session, long after) {
        Resident resident = session == null ? null
                : residents.find(WebChannelSender.CHANNEL, session.residentKey()).orElse(null);
        if (resident == null) {
            return new ChatLog(null, null, null, null, List.of());
        }
        List<ChatLog.Entry> entries = messages.findVisible(resident.id(), after).stream().map(this::entry).toList();
        Escalation active = escalations.active(resident.id()).orElse(null);
        return new ChatLog(resident.chosenLanguage(), active == null ? null : active.state().name(),
                active == null ? null : active.id(), active == null ? null : firstName(active.claimedBy()), entries);
    }

    // Only once somebody claimed the conversation, and only their first name: never the account or full name.
    private String firstName(Long staffId) {
        if (staffId == null) {
            return null;
        }
        return staff.findById(staffId).map(StaffAccount::name).map(n -> n.strip().split("\\s+")[0])
                .filter(n -> !n.isBlank()).orElse(null);
    }

    /** Erases the session's resident; true when there was one. */
    boolean erase(WebSession session) {
        return gateway.receive(new InboundEvent.EraseConfirmed(new Origin(WebChannelSender.CHANNEL, "erase",
                session.residentKey()))) == Receipt.ACCEPTED;
    }

    private ChatLog.Entry entry(Message m) {
        boolean mine = m.direction() == Message.Direction.IN;
        String from = mine ? "me" : m.staffId() != null ? "staff" : "bot";
        String clientId = mine && m.channelMessageId() != null
                ? m.channelMessageId().substring(m.channelMessageId().indexOf(':') + 1) : null;
        // a file's message text is a storage reference: the page gets only what kind of file it is
        String attachment = media.describe(m).map(a -> a.kind()).orElse(null);
        return new ChatLog.Entry(m.id(), from, m.kind().name(), attachment != null ? null : m.text(), m.language(),
                clientId, m.replyTo(), attachment, choices(ReplyViews.choicesOf(m)));
    }

    // The page offers the topics of a clarify question; it sends the chosen title back as text.
    private static List<ChatLog.Choice> choices(List<Choice> choices) {
        return choices.stream().filter(c -> c.action() instanceof Action.ShowTopic)
                .map(c -> new ChatLog.Choice(((Action.ShowTopic) c.action()).topic(), c.label())).toList();
    }
}
