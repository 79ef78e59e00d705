package nl.selam.bot.conversation;

import jakarta.inject.Singleton;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.kb.language.Language;

import java.util.Arrays;
import java.util.Optional;

/**
 * After a clarify question, a reply that names one of the offered topics (the button's title) gets that topic's
 * answer directly, instead of being searched again.
 */
@Singleton
class ClarifyChoiceHandler implements ConversationHandler {

    private final LiveEngine engine;
    private final ResidentDirectory residents;

    ClarifyChoiceHandler(LiveEngine engine, ResidentDirectory residents) {
        this.engine = engine;
        this.residents = residents;
    }

    @Override
    public Step step() {
        return Step.CLARIFY_CHOICE;
    }

    @Override
    public boolean handle(Turn turn) {
        String pending = turn.resident().pendingClarify();
        String text = turn.inbound().text();
        if (pending == null || text == null || !turn.is(MessageKind.RESIDENT)) {
            return false;
        }
        String language = turn.replyLanguage();
        Language lang = Language.fromCode(language).orElse(Language.NL);
        // an entry without a text in this language (one created in the console, not yet translated) is no choice
        Optional<String> chosen = Arrays.stream(pending.split(","))
                .filter(topic -> entry(topic, lang).filter(e -> !e.answer().isBlank()).isPresent())
                .filter(topic -> topic.equals(text.strip()) || title(topic, lang).equalsIgnoreCase(text.strip()))
                .findFirst();
        if (chosen.isEmpty()) {
            return false;
        }
        turn.resident(residents.update(turn.resident().withPendingClarify(null)));
        String answer = entry(chosen.get(), lang).map(e -> engine.current().knowledgeBase().municipality().fill(e.answer()))
                .orElse("");
        turn.reply(new Outgoing(MessageKind.ANSWER, answer, language, "ANSWER", chosen.get(), 1.0, null, null,
                null));
        return true;
    }

    private String title(String topic, Language language) {
        return entry(topic, language).map(LocalizedEntry::title).orElse("");
    }

    private Optional<LocalizedEntry> entry(String topic, Language language) {
        return engine.current().knowledgeBase().entry(topic).flatMap(e -> e.in(language));
    }
}
