package nl.selam.bot.conversation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.contract.Choice;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;

import java.util.List;

/**
 * The commands and buttons of every channel that are no question: start, the language choice, the topic menu, a
 * topic, privacy, erasing (asking; the erasing itself runs outside the pipeline) and unsupported content. Handles
 * {@link MessageKind#COMMAND} rows only, so free text never becomes a command however it looks.
 */
@Singleton
class CommandHandler implements ConversationHandler {

    private final ResidentDirectory residents;
    private final TopicMenu menu;
    private final Messages texts;

    CommandHandler(ResidentDirectory residents, TopicMenu menu, Messages texts) {
        this.residents = residents;
        this.menu = menu;
        this.texts = texts;
    }

    @Override
    public Step step() {
        return Step.COMMAND;
    }

    @Override
    public boolean handle(Turn turn) {
        InboundEvent event = StoredEvent.command(turn.inbound(), turn.resident().channelUserId()).orElse(null);
        if (event == null) {
            return turn.is(MessageKind.COMMAND); // an unknown command is done with, never searched as words
        }
        String language = language(turn);
        if (event instanceof InboundEvent.Start s) {
            start(turn, s);
        } else if (event instanceof InboundEvent.LanguageMenu) {
            notice(turn, MessageKind.ANSWER, "telegram.choose_language", languageChoices());
        } else if (event instanceof InboundEvent.LanguageChosen l) {
            chooseLanguage(turn, l.language());
        } else if (event instanceof InboundEvent.MenuChosen m) {
            turn.reply(m.category() == null ? menu.categories(language) : menu.entries(m.category(), language));
        } else if (event instanceof InboundEvent.TopicChosen t) {
            menu.answer(t.topic(), language).ifPresent(turn::reply);
        } else if (event instanceof InboundEvent.PrivacyRequested) {
            menu.privacy(language).ifPresent(turn::reply);
        } else if (event instanceof InboundEvent.EraseRequested) {
            notice(turn, MessageKind.ERASE_CONFIRM, "web.erase.confirm", List.of(
                    new Choice(new Action.ConfirmErase(), texts.format("web.erase.yes", language)),
                    new Choice(new Action.CancelErase(), texts.format("web.erase.no", language))));
        } else if (event instanceof InboundEvent.Unsupported) {
            notice(turn, MessageKind.ANSWER, "telegram.unsupported", List.of());
        }
        // EraseCancelled ("no, keep it"): nothing to do
        return true;
    }

    private void start(Turn turn, InboundEvent.Start start) {
        String chosen = turn.resident().chosenLanguage();
        String language = chosen != null ? chosen : start.hint() != null ? start.hint().code() : "nl";
        turn.reply(Outgoing.notice(MessageKind.ANSWER, texts.format("telegram.start", language), language)
                .withChoices(languageChoices()));
    }

    private void chooseLanguage(Turn turn, Language chosen) {
        String code = chosen.code();
        Resident resident = turn.resident();
        if (!code.equals(resident.chosenLanguage())) {
            turn.resident(residents.update(resident.withChosenLanguage(code)));
        }
        turn.reply(Outgoing.notice(MessageKind.ANSWER, texts.format("telegram.language_set", code), code)
                .withChoices(List.of(new Choice(new Action.OpenMenu(null), texts.format("telegram.menu_button", code)))));
    }

    private void notice(Turn turn, MessageKind kind, String key, List<Choice> choices) {
        String language = language(turn);
        turn.reply(Outgoing.notice(kind, texts.format(key, language), language).withChoices(choices));
    }

    /** The language buttons: every language Selam answers in, each named in itself, the residents' own first. */
    private static List<Choice> languageChoices() {
        return Language.offeredToResidents().stream()
                .map(l -> new Choice(new Action.ChooseLanguage(l), l.nativeName())).toList();
    }

    // Commands answer in the resident's chosen language; before any choice, in Dutch.
    private static String language(Turn turn) {
        String chosen = turn.resident().chosenLanguage();
        return chosen != null ? chosen : "nl";
    }
}
