package nl.selam.bot.faq;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.content.Municipality;
import nl.selam.kb.language.Language;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one language column of the editor sends: one language of one entry, so a form stays far below the 64 KB
 * request limit even in Ge'ez or Arabic (each character up to 9 bytes once URL-encoded).
 *
 * @param questions one variant per line
 * @param keywords  separated by commas (Latin or Arabic) or new lines
 * @param sources   Dutch only: the entry's links, one per line
 * @param action    {@code draft} or {@code publish}
 * @param suggestion the FAQ suggestion this edit takes up, closed as used on save
 */
@Serdeable
public record FaqForm(@Nullable String title, @Nullable String questions, @Nullable String keywords,
                      @Nullable String answer, @Nullable String sources, @Nullable String action,
                      @Nullable Long suggestion, @Nullable String _csrf) {

    /** Like KnowledgeBaseContentTest: an answer as the resident sees it (placeholders filled) is at most this long. */
    public static final int MAX_ANSWER = 700;
    public static final int MAX_QUESTIONS = 60;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_QUESTIONS_TOTAL = 2500;
    public static final int MAX_TITLE = 150;
    public static final int MAX_KEYWORDS = 1000;
    public static final int MAX_SOURCES = 2000;

    /** A problem with the form: a message key of the faq bundle and at most one argument. */
    public record Problem(String key, String arg) {

        /** An argument shown after the message as typed: the message interpolation would eat its braces. */
        public boolean quoted() {
            return arg != null && arg.startsWith("{");
        }
    }

    public static FaqForm of(LocalizedEntry text, @Nullable List<String> sources) {
        return new FaqForm(text.title(), String.join("\n", text.questions()), String.join(", ", text.keywords()),
                text.answer(), sources == null ? null : String.join("\n", sources), null, null, null);
    }

    public static FaqForm empty() {
        return new FaqForm("", "", "", "", null, null, null, null);
    }

    public FaqForm withQuestionAdded(String question) {
        List<String> all = new ArrayList<>(questionList());
        if (!all.contains(question.strip())) {
            all.add(question.strip());
        }
        return new FaqForm(title, String.join("\n", all), keywords, answer, sources, action, suggestion, null);
    }

    public FaqForm withAnswer(String newAnswer) {
        return new FaqForm(title, questions, keywords, newAnswer, sources, action, suggestion, null);
    }

    public FaqForm withSuggestion(Long id) {
        return new FaqForm(title, questions, keywords, answer, sources, action, id, null);
    }

    public boolean publish() {
        return "publish".equals(action);
    }

    public String cleanTitle() {
        return title == null ? "" : title.strip();
    }

    public String cleanAnswer() {
        return answer == null ? "" : answer.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    public List<String> questionList() {
        return FaqRevision.lines(questions);
    }

    public List<String> keywordList() {
        if (keywords == null) {
            return List.of();
        }
        return Arrays.stream(keywords.split("[,،\\n\\r]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> sourceList() {
        return FaqRevision.lines(sources);
    }

    /** Everything wrong with this form for that language; empty when it may be saved. */
    public List<Problem> problems(Language language, Municipality municipality) {
        List<Problem> problems = new ArrayList<>();
        String t = cleanTitle();
        if (t.isEmpty()) {
            problems.add(new Problem("faq.error.title", null));
        } else if (t.length() > MAX_TITLE) {
            problems.add(new Problem("faq.error.title-long", String.valueOf(MAX_TITLE)));
        }
        List<String> qs = questionList();
        if (qs.isEmpty()) {
            problems.add(new Problem("faq.error.questions", null));
        } else if (qs.size() > MAX_QUESTIONS) {
            problems.add(new Problem("faq.error.questions-many", String.valueOf(MAX_QUESTIONS)));
        }
        qs.stream().filter(q -> q.length() > MAX_QUESTION).findFirst().ifPresent(q ->
                problems.add(new Problem("faq.error.question-long", String.valueOf(MAX_QUESTION))));
        if (qs.stream().mapToInt(String::length).sum() > MAX_QUESTIONS_TOTAL) {
            problems.add(new Problem("faq.error.questions-total", String.valueOf(MAX_QUESTIONS_TOTAL)));
        }
        if (keywords != null && keywords.length() > MAX_KEYWORDS) {
            problems.add(new Problem("faq.error.keywords-long", String.valueOf(MAX_KEYWORDS)));
        }
        String a = cleanAnswer();
        if (a.isEmpty()) {
            problems.add(new Problem("faq.error.answer", null));
        } else {
            Set<String> unknown = new TreeSet<>(Municipality.placeholdersIn(a));
            unknown.addAll(Municipality.placeholdersIn(t));
            unknown.removeAll(Municipality.PLACEHOLDERS);
            for (String name : unknown) {
                problems.add(new Problem("faq.error.placeholder", "{" + name + "}"));
            }
            int filled = municipality.fill(a).length();
            if (filled > MAX_ANSWER) {
                problems.add(new Problem("faq.error.answer-long", MAX_ANSWER + " (" + filled + ")"));
            }
        }
        if (language == Language.NL) {
            List<String> links = sourceList();
            if (links.isEmpty()) {
                problems.add(new Problem("faq.error.sources", null));
            }
            if (sources != null && sources.length() > MAX_SOURCES) {
                problems.add(new Problem("faq.error.sources-long", String.valueOf(MAX_SOURCES)));
            }
            for (String link : links) {
                if (!httpsLink(link)) {
                    problems.add(new Problem("faq.error.source", link));
                }
            }
        }
        return problems;
    }

    private static boolean httpsLink(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
