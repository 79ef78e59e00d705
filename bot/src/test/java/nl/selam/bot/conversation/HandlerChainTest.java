package nl.selam.bot.conversation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handler chain runs in the order {@link ConversationHandler.Step} declares, safety first, and only complete. */
class HandlerChainTest {

    @Test
    void handlersRunInTheDeclaredOrderWhateverOrderTheyArrive() {
        List<ConversationHandler> arriving = new ArrayList<>();
        List<ConversationHandler.Step> steps = new ArrayList<>(Arrays.asList(ConversationHandler.Step.values()));
        java.util.Collections.reverse(steps);
        steps.forEach(step -> arriving.add(handler(step)));
        List<ConversationHandler.Step> ran = MessageProcessor.chain(arriving).stream().map(ConversationHandler::step)
                .toList();
        assertEquals(Arrays.asList(ConversationHandler.Step.values()), ran);
        assertEquals(ConversationHandler.Step.CRISIS, ran.get(0), "safety first");
    }

    @Test
    void aMissingOrDoubledStepRefusesToStart() {
        List<ConversationHandler> all = new ArrayList<>();
        for (ConversationHandler.Step step : ConversationHandler.Step.values()) {
            all.add(handler(step));
        }
        List<ConversationHandler> missing = new ArrayList<>(all.subList(1, all.size()));
        assertTrue(assertThrows(IllegalStateException.class, () -> MessageProcessor.chain(missing)).getMessage()
                .contains("CRISIS"));
        List<ConversationHandler> doubled = new ArrayList<>(all);
        doubled.add(handler(ConversationHandler.Step.ANSWER));
        assertThrows(IllegalStateException.class, () -> MessageProcessor.chain(doubled));
    }

    private static ConversationHandler handler(ConversationHandler.Step step) {
        return new ConversationHandler() {
            @Override
            public Step step() {
                return step;
            }

            @Override
            public boolean handle(Turn turn) {
                return false;
            }
        };
    }
}
