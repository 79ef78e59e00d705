package nl.selam.bot.channel.telegram;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.translations.Messages;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one stored outgoing message into the Telegram messages that carry it: HTML with everything escaped, split
 * below the length limit, and the buttons that belong to its kind under the last part.
 */
final class MessageRenderer {

    private final Messages texts;

    MessageRenderer(Messages texts) {
        this.texts = texts;
    }

    /** @param signature who signs a staff reply (a first name or "Selam team"), or null */
    List<SendMessage> render(Message message, String chatId, @Nullable String signature) {
        List<String> parts = TextSplitter.split(message.text() == null ? "" : message.text(), TextSplitter.LIMIT);
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

    private InlineKeyboardMarkup keyboard(Message m) {
        String language = m.language() != null && texts.supports(m.language()) ? m.language() : "nl";
        List<InlineKeyboardRow> rows = new ArrayList<>();
        if (m.choices() != null && !m.choices().isBlank()) {
            for (String line : m.choices().split("\n")) {
                String[] p = line.split("\t", 2);
                // clarify choices are bare topic ids; Telegram-specific choices carry their button data already
                String data = p[0].contains(":") || p[0].equals("menu") ? p[0] : "topic:" + p[0];
                rows.add(new InlineKeyboardRow(button(p.length > 1 ? p[1] : p[0], data)));
            }
        }
        if (m.kind() == MessageKind.ANSWER && "ANSWER".equals(m.outcome()) && m.topic() != null
                && !m.topic().startsWith("bot.")) {
            rows.add(new InlineKeyboardRow(button("👍", "fb:" + m.id() + ":1"), button("👎", "fb:" + m.id() + ":0")));
            rows.add(new InlineKeyboardRow(button(texts.format("web.talk_to_person", language), "person")));
        } else if (m.kind() == MessageKind.CLARIFY || "GREETING".equals(m.outcome())) {
            rows.add(new InlineKeyboardRow(button(texts.format("telegram.menu_button", language), "menu"),
                    button(texts.format("web.talk_to_person", language), "person")));
        } else if (m.kind() == MessageKind.ESCALATION_OPENED) {
            rows.add(new InlineKeyboardRow(button(texts.format("web.back_to_assistant", language), "assistant")));
        }
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(String label, String data) {
        return InlineKeyboardButton.builder().text(label).callbackData(data).build();
    }
}
