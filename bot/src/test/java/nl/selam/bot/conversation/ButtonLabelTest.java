package nl.selam.bot.conversation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.channel.ChannelGateway;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A button's label is Selam's own words echoed back by the channel (WhatsApp sends a shortened title), not the
 * resident's: it must never be read as a message. Found with WhatsApp, where the cut title "Terug naar de assis…"
 * was once scored as a crisis and made the escalation urgent instead of closing it.
 */
@MicronautTest(transactional = false)
class ButtonLabelTest {

    // words that are a crisis when a resident writes them: if the label were read, this turn would be CRISIS
    private static final String CRISIS_WORDS = "ik wil niet meer leven, ik maak er vanavond een einde aan";

    @Inject
    ChannelGateway gateway;

    @Inject
    DatabaseRows rows;

    @Test
    void theWordsOnABackToTheAssistantButtonAreNotReadForACrisis() {
        String user = "label-" + UUID.randomUUID();
        gateway.receive(new InboundEvent.Text(origin(user), "Hallo"));
        gateway.receive(new InboundEvent.PersonRequested(origin(user), null));
        assertEquals(1, openEscalations(user), "the person request opened an escalation");

        gateway.receive(new InboundEvent.BackToAssistant(origin(user), CRISIS_WORDS));

        assertEquals(0, openEscalations(user), "back with the assistant: the escalation is closed");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.kind = 'CRISIS'", user), "no crisis reply to a button");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM escalation e JOIN resident r ON r.id = e.resident_id "
                + "WHERE r.channel_user_id = ? AND e.urgent", user), "nothing made urgent");
    }

    @Test
    void theSameWordsWrittenByTheResidentAreACrisis() {
        String user = "label-" + UUID.randomUUID();
        gateway.receive(new InboundEvent.Text(origin(user), CRISIS_WORDS));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.kind = 'CRISIS'", user), "the control: written, it is a crisis");
    }

    private long openEscalations(String user) {
        return rows.count("SELECT COUNT(*) FROM escalation e JOIN resident r ON r.id = e.resident_id "
                + "WHERE r.channel_user_id = ? AND e.state IN ('OPEN', 'CLAIMED', 'ANSWERED')", user);
    }

    private static Origin origin(String user) {
        return new Origin("web", UUID.randomUUID().toString(), user);
    }
}
