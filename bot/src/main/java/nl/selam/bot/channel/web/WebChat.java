package nl.selam.bot.channel.web;

import jakarta.inject.Singleton;
import nl.selam.bot.channel.InboundMessage;
import nl.selam.bot.conversation.ConversationService;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Receipt;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationService;
import nl.selam.bot.privacy.ErasureService;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.kb.language.Language;

import java.util.Arrays;
import java.util.List;

/** The web chat's side of the pipeline: sessions to residents, messages in, the visible log out. */
@Singleton
class WebChat {

    private final ConversationService conversations;
    private final ResidentDirectory residents;
    private final MessageRepository messages;
    private final EscalationService escalations;
    private final ErasureService erasure;
    private final StaffRepository staff;
    private final WebMedia media;

    WebChat(ConversationService conversations, ResidentDirectory residents, MessageRepository messages,
            EscalationService escalations, ErasureService erasure, StaffRepository staff, WebMedia media) {
        this.conversations = conversations;
        this.residents = residents;
        this.messages = messages;
        this.escalations = escalations;
        this.erasure = erasure;
        this.staff = staff;
        this.media = media;
    }

    Receipt send(WebSession session, WebChatRequest request) {
        if (request.language() != null) {
            choose(session, request.language());
        }
        // Namespaced by session: two residents' pages may well pick the same message id.
        String channelMessageId = session.residentKey() + ":" + request.id();
        return conversations.receive(new InboundMessage(WebChannelSender.CHANNEL, channelMessageId,
                session.residentKey(), request.text(), request.command()));
    }

    void choose(WebSession session, Language language) {
        Resident resident = residents.findOrCreate(WebChannelSender.CHANNEL, session.residentKey());
        if (!language.code().equals(resident.chosenLanguage())) {
            residents.update(resident.withChosenLanguage(language.code()));
        }
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
        return residents.find(WebChannelSender.CHANNEL, session.residentKey()).map(r -> {
            erasure.erase(r);
            return true;
        }).orElse(false);
    }

    private ChatLog.Entry entry(Message m) {
        boolean mine = m.direction() == Message.Direction.IN;
        String from = mine ? "me" : m.staffId() != null ? "staff" : "bot";
        String clientId = mine && m.channelMessageId() != null
                ? m.channelMessageId().substring(m.channelMessageId().indexOf(':') + 1) : null;
        // a file's message text is a storage reference: the page gets only what kind of file it is
        String attachment = media.describe(m).map(a -> a.kind()).orElse(null);
        return new ChatLog.Entry(m.id(), from, m.kind().name(), attachment != null ? null : m.text(), m.language(),
                clientId, m.replyTo(), attachment, choices(m.choices()));
    }

    private static List<ChatLog.Choice> choices(String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        return Arrays.stream(lines.split("\n")).map(l -> l.split("\t", 2))
                .map(p -> new ChatLog.Choice(p[0], p.length > 1 ? p[1] : p[0])).toList();
    }
}
