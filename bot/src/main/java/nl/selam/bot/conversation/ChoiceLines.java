package nl.selam.bot.conversation;

import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.contract.Choice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a message's choices are kept in its {@code choices} column: one {@code <action id> TAB <label>} line each.
 * Only the core reads and writes this; channels get typed {@link Choice}s. Rows written before choices were typed
 * hold a bare topic id for a clarify option, which still reads as {@link Action.ShowTopic}.
 */
final class ChoiceLines {

    private ChoiceLines() {
    }

    static String encode(List<Choice> choices) {
        if (choices == null || choices.isEmpty()) {
            return null;
        }
        return choices.stream().map(c -> c.action().id() + "\t" + c.label().replace('\n', ' ').replace('\t', ' '))
                .collect(Collectors.joining("\n"));
    }

    static List<Choice> decode(String lines) {
        List<Choice> out = new ArrayList<>();
        if (lines == null || lines.isBlank()) {
            return out;
        }
        for (String line : lines.split("\n")) {
            String[] p = line.split("\t", 2);
            String label = p.length > 1 ? p[1] : p[0];
            Action action = Action.parse(p[0]).orElseGet(() -> Action.TOKEN.matcher(p[0]).matches()
                    ? new Action.ShowTopic(p[0]) : null);
            if (action != null) {
                out.add(new Choice(action, label));
            }
        }
        return out;
    }
}
