package nl.selam.bot.conversation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.contract.Choice;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The topic menu of every channel: categories, the entries of one category, and an entry's answer, in the
 * resident's language.
 */
@Singleton
class TopicMenu {

    private static final String PRIVACY_TOPIC = "bot.privacy";

    private final LiveEngine engine;
    private final Messages texts;

    TopicMenu(LiveEngine engine, Messages texts) {
        this.engine = engine;
        this.texts = texts;
    }

    Outgoing categories(String language) {
        List<Choice> choices = categories().stream()
                .map(c -> new Choice(new Action.OpenMenu(c), categoryName(c, language))).toList();
        return Outgoing.notice(MessageKind.ANSWER, texts.format("telegram.menu", language), language)
                .withChoices(choices);
    }

    Outgoing entries(String category, String language) {
        Language lang = Language.fromCode(language).orElse(Language.NL);
        // an entry created in the console may lack this language until it is translated: it is not offered then
        List<Choice> withBack = new ArrayList<>(engine.current().knowledgeBase().entries().stream()
                .filter(e -> e.category().equals(category)).filter(e -> e.in(lang).isPresent())
                .map(e -> new Choice(new Action.ShowTopic(e.id()),
                        e.in(lang).map(LocalizedEntry::title).orElse(e.id()))).toList());
        withBack.add(new Choice(new Action.OpenMenu(null), texts.format("telegram.back", language)));
        return Outgoing.notice(MessageKind.ANSWER, texts.format("telegram.menu", language), language)
                .withChoices(withBack);
    }

    Optional<Outgoing> answer(String topic, String language) {
        Language lang = Language.fromCode(language).orElse(Language.NL);
        return engine.current().knowledgeBase().entry(topic).flatMap(e -> e.in(lang)).map(entry -> new Outgoing(
                MessageKind.ANSWER, engine.current().knowledgeBase().municipality().fill(entry.answer()), lang.code(),
                "ANSWER", topic, 1.0, null, null, null));
    }

    Optional<Outgoing> privacy(String language) {
        return answer(PRIVACY_TOPIC, language).map(o -> Outgoing.notice(MessageKind.ANSWER,
                o.text() + "\n\n" + texts.format("telegram.privacy_hint", language), language));
    }

    // content may grow a category before the catalogues name it: then the button shows its id rather than failing
    private String categoryName(String category, String language) {
        return texts.keys(language).contains("category." + category) ? texts.format("category." + category, language)
                : category;
    }

    /** The categories with entries a resident can look up, in content order; "bot" (Selam itself) is left out. */
    private Set<String> categories() {
        Set<String> categories = new LinkedHashSet<>();
        for (FaqEntry e : engine.current().knowledgeBase().entries()) {
            if (!e.category().equals("bot")) {
                categories.add(e.category());
            }
        }
        return categories;
    }
}
