package nl.selam.bot.channel.telegram;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.channel.TextSplitter;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.contract.Choice;
import nl.selam.bot.conversation.contract.OutboundReply;
import nl.selam.translations.Messages;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one reply into the Telegram messages that carry it: HTML with everything escaped, split below the length
 * limit, and its choices and follow-ups as inline buttons under the last part (the callback data is the
 * {@link Action#id()} of each, read back by {@link UpdateMapper}).
 */
final class MessageRenderer {

    static final int LIMIT = 4000; // under Telegram's 4,096, leaving room for a signature

    private final Messages texts;

    MessageRenderer(Messages texts) {
        this.texts = texts;
    }

    /** @param signature who signs a staff reply (a first name or "Selam team"), or null */
    List<SendMessage> render(OutboundReply message, String chatId, @Nullable String signature) {
        List<String> parts = TextSplitter.split(message.text(), LIMIT);
        List<SendMessage> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            String html = escape(parts.get(i));
            if (last && signature != null) {
                html += "\n\n<i>— " + escape(signature) + "</i>";
            }
            SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder().chatId(chatId).text(html)
                    .parseMode(ParseMode.HTML);
            InlineKeyboardMarkup keyboard = last ? keyboard(message) : null;
            if (keyboard != null) {
                send.replyMarkup(keyboard);
            }
            out.add(send.build());
        }
        return out;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // Each choice on its own row; under them 👍 and 👎 side by side, then the other follow-ups side by side.
    private static InlineKeyboardMarkup keyboard(OutboundReply m) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Choice choice : m.choices()) {
            rows.add(new InlineKeyboardRow(button(choice)));
        }
        List<InlineKeyboardButton> ratings = new ArrayList<>();
        List<InlineKeyboardButton> others = new ArrayList<>();
        for (Choice choice : m.followUps()) {
            (choice.action() instanceof Action.Rate ? ratings : others).add(button(choice));
        }
        if (!ratings.isEmpty()) {
            rows.add(new InlineKeyboardRow(ratings));
        }
        if (!others.isEmpty()) {
            rows.add(new InlineKeyboardRow(others));
        }
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(Choice choice) {
        return button(choice.label(), choice.action().id());
    }

    private static InlineKeyboardButton button(String label, String data) {
        return InlineKeyboardButton.builder().text(label).callbackData(data).build();
    }
}
