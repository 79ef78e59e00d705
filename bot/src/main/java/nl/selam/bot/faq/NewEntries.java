package nl.selam.bot.faq;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules for an entry created in the console: its id is {@code <category>.<slug>} with lower-case letters a–z,
 * digits and dashes, the category one the shipped content already has. An id always has a dot, so no entry can be
 * called {@code new} (the address of the form).
 */
final class NewEntries {

    static final int MAX_ID = 60;
    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");

    private NewEntries() {
    }

    static String categoryOf(String topic) {
        int dot = topic.indexOf('.');
        return dot < 0 ? topic : topic.substring(0, dot);
    }

    /** The categories of the shipped entries, sorted. */
    static Set<String> categories(KnowledgeBase shipped) {
        Set<String> out = new TreeSet<>();
        for (FaqEntry e : shipped.entries()) {
            out.add(e.category());
        }
        return out;
    }

    /** Everything wrong with the form; {@code taken} tells whether an id is in use (shipped or created). */
    static List<FaqForm.Problem> problems(NewEntryForm form, Set<String> categories,
                                          java.util.function.Predicate<String> taken) {
        List<FaqForm.Problem> problems = new ArrayList<>();
        String id = form.cleanTopic();
        if (id.isEmpty()) {
            problems.add(new FaqForm.Problem("faq.new.error.id-empty", null));
        } else if (id.length() > MAX_ID) {
            problems.add(new FaqForm.Problem("faq.new.error.id-long", String.valueOf(MAX_ID)));
        } else if (!ID.matcher(id).matches()) {
            problems.add(new FaqForm.Problem("faq.new.error.id-format", null));
        } else if (!categories.contains(categoryOf(id))) {
            problems.add(new FaqForm.Problem("faq.new.error.category", String.join(", ", categories)));
        } else if (taken.test(id)) {
            problems.add(new FaqForm.Problem("faq.new.error.taken", null));
        }
        String title = form.cleanTitle();
        if (title.isEmpty()) {
            problems.add(new FaqForm.Problem("faq.error.title", null));
        } else if (title.length() > FaqForm.MAX_TITLE) {
            problems.add(new FaqForm.Problem("faq.error.title-long", String.valueOf(FaqForm.MAX_TITLE)));
        }
        if (form.cleanQuestion().length() > FaqForm.MAX_QUESTION) {
            problems.add(new FaqForm.Problem("faq.error.question-long", String.valueOf(FaqForm.MAX_QUESTION)));
        }
        if (Language.fromCode(form.languageCode()).filter(Language::isAnswered).isEmpty()) {
            problems.add(new FaqForm.Problem("faq.new.error.language", null));
        }
        return problems;
    }
}
