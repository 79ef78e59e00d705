package nl.selam.bot.channel.telegram;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.ConversationHandler;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.Outgoing;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.conversation.Turn;
import nl.selam.translations.Messages;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Telegram's commands and buttons (/start, /taal, /menu, /privacy, /vergeet and what their buttons send back).
 * Runs before every other handler, and only for Telegram messages; free text goes on to the pipeline.
 */
@Singleton
class TelegramCommandHandler implements ConversationHandler {

    /** The language buttons, each language named in itself, the residents' own languages first. */
    static final List<String> LANGUAGES = List.of("ti", "ar", "nl", "en");

    private final ResidentDirectory residents;
    private final TopicMenu menu;
    private final Messages texts;
    private final Map<String, BiConsumer<Turn, String>> commands;

    TelegramCommandHandler(ResidentDirectory residents, TopicMenu menu, Messages texts) {
        this.residents = residents;
        this.menu = menu;
        this.texts = texts;
        this.commands = Map.of(
                "/start", this::start,
                "/taal", (turn, arg) -> notice(turn, "telegram.choose_language", languageChoices()),
                "lang", this::chooseLanguage,
                "/menu", (turn, arg) -> turn.reply(menu.categories(language(turn))),
                "menu", (turn, arg) -> turn.reply(arg.isEmpty() ? menu.categories(language(turn))
                        : menu.entries(arg, language(turn))),
                "topic", (turn, arg) -> menu.answer(arg, language(turn)).ifPresent(turn::reply),
                "/privacy", (turn, arg) -> menu.privacy(language(turn)).ifPresent(turn::reply),
                "/vergeet", (turn, arg) -> eraseQuestion(turn),
                "erase", (turn, arg) -> { }, // "no, keep it": nothing to do
                "/unsupported", (turn, arg) -> notice(turn, "telegram.unsupported", null));
    }

    @Override
    public int getOrder() {
        return 5;
    }

    @Override
    public boolean handle(Turn turn) {
        String text = turn.inbound().text();
        if (!UpdateMapper.CHANNEL.equals(turn.inbound().channel()) || text == null || !turn.is(MessageKind.RESIDENT)) {
            return false;
        }
        String[] parts = text.strip().split("[\\s:]", 2);
        BiConsumer<Turn, String> command = commands.get(parts[0]);
        if (command == null || !(parts[0].startsWith("/") || turn.inbound().channelMessageId().startsWith("cb:"))) {
            return false; // free text, even when it happens to look like button data
        }
        command.accept(turn, parts.length > 1 ? parts[1].strip() : "");
        return true;
    }

    private void start(Turn turn, String hint) {
        String chosen = turn.resident().chosenLanguage();
        String language = chosen != null ? chosen : texts.supports(hint) ? hint : "nl";
        turn.reply(Outgoing.notice(MessageKind.ANSWER, texts.format("telegram.start", language), language)
                .withChoices(languageChoices()));
    }

    private void chooseLanguage(Turn turn, String code) {
        if (!LANGUAGES.contains(code)) {
            return;
        }
        Resident resident = turn.resident();
        if (!code.equals(resident.chosenLanguage())) {
            residents.update(resident.withChosenLanguage(code));
        }
        turn.reply(Outgoing.notice(MessageKind.ANSWER, texts.format("telegram.language_set", code), code)
                .withChoices("menu\t" + texts.format("telegram.menu_button", code)));
    }

    private void eraseQuestion(Turn turn) {
        String language = language(turn);
        String choices = "erase:yes\t" + texts.format("web.erase.yes", language) + "\nerase:no\t"
                + texts.format("web.erase.no", language);
        turn.reply(Outgoing.notice(MessageKind.ERASE_CONFIRM, texts.format("web.erase.confirm", language), language)
                .withChoices(choices));
    }

    private void notice(Turn turn, String key, String choices) {
        String language = language(turn);
        turn.reply(Outgoing.notice(MessageKind.ANSWER, texts.format(key, language), language).withChoices(choices));
    }

    private String languageChoices() {
        StringBuilder lines = new StringBuilder();
        for (String code : LANGUAGES) {
            lines.append(lines.length() == 0 ? "" : "\n").append("lang:").append(code).append('\t')
                    .append(texts.format("language." + code, code));
        }
        return lines.toString();
    }

    // Commands answer in the resident's chosen language; before any choice, in Dutch.
    private static String language(Turn turn) {
        String chosen = turn.resident().chosenLanguage();
        return chosen != null ? chosen : "nl";
    }
}
