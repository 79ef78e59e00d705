package nl.selam.bot.channel.whatsapp;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.translations.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * What a stored outgoing message looks like on WhatsApp: its text, the signature of a tolk's reply (first name
 * only, never an account or full name) and the options that belong to it.
 */
@Singleton
class MessageView {

    private final Messages texts;
    private final StaffRepository staff;

    MessageView(Messages texts, StaffRepository staff) {
        this.texts = texts;
        this.staff = staff;
    }

    WhatsAppReply of(Message m) {
        String language = m.language() != null && texts.supports(m.language()) ? m.language() : "nl";
        return new WhatsAppReply(m.text() == null ? "" : m.text(), language, options(m, language), signature(m,
                language));
    }

    private List<CloudMessages.Option> options(Message m, String language) {
        List<CloudMessages.Option> options = new ArrayList<>();
        if (m.choices() != null && !m.choices().isBlank()) {
            for (String line : m.choices().split("\n")) {
                String[] p = line.split("\t", 2);
                String id = p[0].contains(":") || p[0].equals("menu") ? p[0] : "topic:" + p[0];
                options.add(new CloudMessages.Option(id, p.length > 1 ? p[1] : p[0]));
            }
        }
        if (m.kind() == MessageKind.ANSWER && "ANSWER".equals(m.outcome()) && m.topic() != null
                && !m.topic().startsWith("bot.") && options.isEmpty()) {
            options.add(new CloudMessages.Option("fb:" + m.id() + ":1", "👍"));
            options.add(new CloudMessages.Option("fb:" + m.id() + ":0", "👎"));
            options.add(new CloudMessages.Option("person", texts.format("web.talk_to_person", language)));
        } else if (m.kind() == MessageKind.CLARIFY || "GREETING".equals(m.outcome())) {
            options.add(new CloudMessages.Option("menu", texts.format("telegram.menu_button", language)));
            options.add(new CloudMessages.Option("person", texts.format("web.talk_to_person", language)));
        } else if (m.kind() == MessageKind.ESCALATION_OPENED) {
            options.add(new CloudMessages.Option("assistant", texts.format("web.back_to_assistant", language)));
        }
        return options;
    }

    private String signature(Message m, String language) {
        if (m.staffId() == null) {
            return null;
        }
        String team = texts.format("whatsapp.team", language);
        return staff.findById(m.staffId()).map(StaffAccount::name).map(n -> n.strip().split("\\s+")[0])
                .filter(n -> !n.isBlank()).orElse(team);
    }
}
