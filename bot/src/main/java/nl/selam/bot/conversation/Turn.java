package nl.selam.bot.conversation;

import io.micronaut.core.annotation.Nullable;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * One inbound message being handled: who sent it, where it belongs, what the engine made of it, and the replies
 * queued so far. Lives inside one transaction.
 */
public final class Turn {

    private final Message inbound;
    private final Conversation conversation;
    private final AnswerEngine engine;
    private final ReplyWriter writer;
    private final List<Long> outboxIds = new ArrayList<>();
    private Resident resident;
    private Decision decision;
    private boolean decided;
    private Long escalationId;

    Turn(Message inbound, Resident resident, Conversation conversation, AnswerEngine engine, ReplyWriter writer) {
        this.inbound = inbound;
        this.resident = resident;
        this.conversation = conversation;
        this.engine = engine;
        this.writer = writer;
    }

    public Message inbound() {
        return inbound;
    }

    public Resident resident() {
        return resident;
    }

    public Conversation conversation() {
        return conversation;
    }

    void resident(Resident updated) {
        this.resident = updated;
    }

    public boolean is(MessageKind kind) {
        return inbound.kind() == kind;
    }

    /** What the engine decided for the text, computed once; null for a message without text. */
    @Nullable
    public Decision decision() {
        if (!decided) {
            decided = true;
            String text = inbound.text();
            // Only what the resident wrote is understood: a media message's text is a channel reference, a
            // command's is its encoding, and a button's is Selam's own label echoed back (WhatsApp echoes a cut
            // title, which once read as a crisis and made an escalation urgent instead of closing it).
            boolean words = text != null && inbound.kind() == MessageKind.RESIDENT;
            decision = words ? engine.decide(text, chosenLanguage()) : null;
        }
        return decision;
    }

    /** The language to answer in: the resident's choice, else the language of their message, else Dutch. */
    public String replyLanguage() {
        Language chosen = chosenLanguage();
        if (chosen != null) {
            return chosen.code();
        }
        Decision d = decision();
        return d != null && d.language().isAnswered() ? d.language().code() : "nl";
    }

    /** Stores a reply to this message and queues it; the n-th reply of a turn has its own dedup key. */
    public void reply(Outgoing out) {
        String dedupKey = "reply:" + inbound.id() + ":" + outboxIds.size();
        outboxIds.add(writer.write(resident, conversation.id(), inbound.id(), out, dedupKey));
    }

    /** Marks the inbound message as part of an escalation (it joined one, or it opened one). */
    public void joinEscalation(long id) {
        this.escalationId = id;
    }

    Long escalationId() {
        return escalationId;
    }

    List<Long> outboxIds() {
        return outboxIds;
    }

    @Nullable
    private Language chosenLanguage() {
        return resident.chosenLanguage() == null ? null : Language.fromCode(resident.chosenLanguage()).orElse(null);
    }
}
