package nl.selam.bot.console.faq;

import nl.selam.bot.faq.FaqBoard;
import nl.selam.bot.faq.FaqContent;
import nl.selam.bot.faq.FaqForm;
import nl.selam.bot.faq.FaqProblemsException;
import nl.selam.bot.faq.FaqRevision;
import nl.selam.bot.faq.FaqStatus;
import nl.selam.bot.faq.FaqSuggestion;
import nl.selam.bot.faq.FaqSuggestions;
import nl.selam.bot.faq.FaqTasks;
import nl.selam.bot.faq.NewEntryForm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.kb.content.Municipality;
import nl.selam.kb.language.Language;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The redacteuren's FAQ screens: the list with a status per language, the side-by-side editor (one form per
 * language), the live preview, history with diffs and roll back, and the suggestions inbox. Tolken and
 * sleutelpersonen are refused here; their translation work is at {@code /console/tasks}.
 */
@Controller(value = "/console/faq", produces = MediaType.TEXT_HTML)
@Secured({"REDACTEUR", "BEHEERDER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class FaqController {

    private final ConsoleUsers users;
    private final FaqContent content;
    private final FaqSuggestions suggestions;
    private final FaqTasks tasks;

    FaqController(ConsoleUsers users, FaqContent content, FaqSuggestions suggestions, FaqTasks tasks) {
        this.users = users;
        this.content = content;
        this.suggestions = suggestions;
        this.tasks = tasks;
    }

    @Get
    @View("console/faq/list")
    Map<String, Object> list(Authentication authentication, @Nullable @QueryValue String status,
                             @Nullable @QueryValue String language, @Nullable @QueryValue String q) {
        users.of(authentication);
        FaqBoard board = content.board();
        String wantedStatus = status == null || status.isBlank() ? null : status.toUpperCase(Locale.ROOT);
        Language wantedLanguage = language == null ? null : Language.fromCode(language)
                .filter(Language::isAnswered).orElse(null);
        String search = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FaqStatus s : FaqStatus.values()) {
            counts.put(s.name(), 0);
        }
        List<FaqBoard.Row> rows = new ArrayList<>();
        for (FaqBoard.Row row : board.rows()) {
            for (FaqBoard.Cell cell : row.cells().values()) {
                if (wantedLanguage == null || cell.language() == wantedLanguage) {
                    counts.merge(cell.status().name(), 1, Integer::sum);
                }
            }
            if (!search.isEmpty() && !row.topic().toLowerCase(Locale.ROOT).contains(search)
                    && row.cells().values().stream().noneMatch(c -> c.text() != null
                    && c.text().title().toLowerCase(Locale.ROOT).contains(search))) {
                continue;
            }
            if (wantedStatus != null && row.cells().values().stream().noneMatch(c ->
                    (wantedLanguage == null || c.language() == wantedLanguage)
                            && c.status().name().equals(wantedStatus))) {
                continue;
            }
            rows.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("counts", counts);
        model.put("status", wantedStatus == null ? "" : wantedStatus);
        model.put("language", wantedLanguage == null ? "" : wantedLanguage.code());
        model.put("q", q == null ? "" : q);
        model.put("languages", codes());
        model.put("statuses", List.of("MISSING", "OUTDATED", "REVIEWED"));
        model.put("openSuggestions", suggestions.open().size());
        return model;
    }

    /** The "new entry" form; {@code question} and {@code language} come prefilled from the unanswered page. */
    @Get("/new")
    @View("console/faq/new")
    Map<String, Object> newEntry(Authentication authentication, @Nullable @QueryValue String question,
                                 @Nullable @QueryValue String language) {
        users.of(authentication);
        String lang = language != null && Language.fromCode(language).filter(Language::isAnswered).isPresent()
                ? language : "nl";
        String q = question == null ? "" : question.strip();
        if (q.length() > FaqForm.MAX_QUESTION) {
            q = q.substring(0, FaqForm.MAX_QUESTION);
        }
        return newEntryModel(new NewEntryForm("", "", q, lang, null), List.of());
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(Authentication authentication, @Body NewEntryForm form) {
        ConsoleUser me = users.of(authentication);
        try {
            String topic = content.create(me.account(), form);
            return HttpResponse.seeOther(URI.create("/console/faq/" + enc(topic) + "?saved=created-nl#lang-nl"));
        } catch (FaqProblemsException e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("console/faq/new",
                    newEntryModel(form, e.problems())));
        }
    }

    private Map<String, Object> newEntryModel(NewEntryForm form, List<FaqForm.Problem> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("problems", problems);
        model.put("categories", List.copyOf(content.categories()));
        model.put("languages", codes());
        model.put("rtl", Language.fromCode(form.languageCode()).map(Language::isRightToLeft).orElse(false));
        return model;
    }

    @Get("/suggestions")
    @View("console/faq/suggestions")
    Map<String, Object> inbox(Authentication authentication) {
        users.of(authentication);
        List<Map<String, Object>> items = new ArrayList<>();
        for (FaqSuggestion s : suggestions.open()) {
            Map<String, Object> item = new HashMap<>();
            item.put("s", s);
            item.put("from", tasks.nameOf(s.staffId()));
            item.put("rtl", Language.fromCode(s.language()).map(Language::isRightToLeft).orElse(false));
            items.add(item);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("items", items);
        model.put("topics", content.board().rows());
        return model;
    }

    @Post(value = "/suggestions/{id}/dismiss", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dismiss(Authentication authentication, long id, @Body Map<String, String> form) {
        users.of(authentication);
        suggestions.find(id).filter(s -> FaqSuggestion.OPEN.equals(s.state()))
                .ifPresent(s -> suggestions.close(id, FaqSuggestion.DISMISSED));
        return HttpResponse.seeOther(URI.create("/console/faq/suggestions"));
    }

    /** "Use in entry": opens the editor with the suggestion's question added, or its answer as the draft text. */
    @Get("/suggestions/{id}/use")
    HttpResponse<?> use(Authentication authentication, long id, @Nullable @QueryValue String topic,
                        @Nullable @QueryValue String use) {
        users.of(authentication);
        FaqSuggestion s = suggestions.find(id).orElse(null);
        String target = topic != null && !topic.isBlank() ? topic : s == null ? null : s.topic();
        if (s == null || target == null || !content.exists(target)) {
            return HttpResponse.seeOther(URI.create("/console/faq/suggestions"));
        }
        return HttpResponse.seeOther(URI.create("/console/faq/" + enc(target) + "?suggestion=" + id + "&use="
                + ("answer".equals(use) ? "answer" : "question") + "#lang-" + s.language()));
    }

    @Get("/{topic}")
    HttpResponse<?> editor(Authentication authentication, String topic, @Nullable @QueryValue Long suggestion,
                           @Nullable @QueryValue String use, @Nullable @QueryValue String saved) {
        ConsoleUser me = users.of(authentication);
        if (!content.exists(topic)) {
            return HttpResponse.notFound();
        }
        FaqBoard board = content.board();
        Map<Language, FaqForm> forms = new LinkedHashMap<>();
        for (Language language : Language.answeredLanguages()) {
            forms.put(language, content.editable(board, topic, language));
        }
        FaqSuggestion taken = null;
        if (suggestion != null) {
            taken = suggestions.find(suggestion).filter(s -> FaqSuggestion.OPEN.equals(s.state())).orElse(null);
            if (taken != null) {
                Language l = Language.fromCode(taken.language()).orElse(Language.NL);
                FaqForm f = forms.get(l);
                f = "answer".equals(use) ? f.withAnswer(taken.answer()) : f.withQuestionAdded(taken.question());
                forms.put(l, f.withSuggestion(taken.id()));
            }
        }
        Map<String, Object> model = editorModel(me, board, topic, forms, Map.of());
        model.put("suggestion", taken);
        // only the outcomes this controller redirects with; anything else typed into the address is ignored
        model.put("saved", saved != null && saved.matches("(draft|published|reviewed|task|created)-[a-z]{2}") ? saved : null);
        return HttpResponse.ok(new ModelAndView<>("console/faq/editor", model));
    }

    @Post(value = "/{topic}/{lang}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(Authentication authentication, String topic, String lang, @Body FaqForm form) {
        ConsoleUser me = users.of(authentication);
        Language language = language(lang);
        try {
            FaqRevision saved = content.save(me.account(), topic, language, form, form.publish(), form.suggestion()
                    == null ? null : "suggestion:" + form.suggestion());
            if (form.suggestion() != null) {
                suggestions.close(form.suggestion(), FaqSuggestion.USED);
            }
            return HttpResponse.seeOther(URI.create("/console/faq/" + enc(topic) + "?saved="
                    + (saved.published() ? "published" : "draft") + "-" + language.code() + "#lang-"
                    + language.code()));
        } catch (FaqProblemsException e) {
            FaqBoard board = content.board();
            Map<Language, FaqForm> forms = new LinkedHashMap<>();
            for (Language l : Language.answeredLanguages()) {
                forms.put(l, l == language ? form : content.editable(board, topic, l));
            }
            Map<String, Object> model = editorModel(me, board, topic, forms, Map.of(language.code(),
                    e.problems()));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("console/faq/editor", model));
        }
    }

    /** The answer as the resident will see it, placeholders filled from the live profile (htmx, or a plain post). */
    @Post(value = "/{topic}/{lang}/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("console/faq/preview")
    Map<String, Object> preview(Authentication authentication, String topic, String lang, @Body FaqForm form) {
        users.of(authentication);
        Language language = language(lang);
        return Map.of("p", previewModel(language, form));
    }

    @Post(value = "/{topic}/{lang}/reviewed", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reviewed(Authentication authentication, String topic, String lang,
                             @Body Map<String, String> form) {
        ConsoleUser me = users.of(authentication);
        content.markReviewed(me.account(), topic, language(lang));
        return HttpResponse.seeOther(URI.create("/console/faq/" + enc(topic) + "?saved=reviewed-" + lang
                + "#lang-" + lang));
    }

    @Post(value = "/{topic}/{lang}/task", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> task(Authentication authentication, String topic, String lang, @Body TaskForm form) {
        ConsoleUser me = users.of(authentication);
        tasks.ask(me.account(), topic, language(lang), form.kind() == null ? "" : form.kind(),
                form.assignee() == null ? -1 : form.assignee());
        return HttpResponse.seeOther(URI.create("/console/faq/" + enc(topic) + "?saved=task-" + lang
                + "#lang-" + lang));
    }

    @Get("/{topic}/{lang}/history")
    @View("console/faq/history")
    Map<String, Object> history(Authentication authentication, String topic, String lang) {
        users.of(authentication);
        Language language = language(lang);
        Map<String, Object> model = new HashMap<>();
        model.put("topic", topic);
        model.put("lang", language.code());
        model.put("rtl", language.isRightToLeft());
        model.put("items", content.history(topic, language));
        return model;
    }

    @Post(value = "/{topic}/{lang}/rollback/{revision}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rollback(Authentication authentication, String topic, String lang, long revision,
                             @Body Map<String, String> form) {
        ConsoleUser me = users.of(authentication);
        content.rollback(me.account(), topic, language(lang), revision);
        return HttpResponse.seeOther(URI.create("/console/faq/" + enc(topic) + "/" + lang + "/history"));
    }

    @Error(exception = FaqContent.UnknownEntryException.class)
    HttpResponse<?> unknown() {
        return HttpResponse.notFound();
    }

    @Error(exception = FaqProblemsException.class)
    HttpResponse<?> refused(FaqProblemsException e) {
        Map<String, Object> model = new HashMap<>();
        model.put("problems", e.problems());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("console/faq/refused", model));
    }

    private Map<String, Object> editorModel(ConsoleUser me, FaqBoard board, String topic,
                                            Map<Language, FaqForm> forms,
                                            Map<String, List<FaqForm.Problem>> problems) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Map.Entry<Language, FaqForm> e : forms.entrySet()) {
            Language language = e.getKey();
            Map<String, Object> column = new HashMap<>();
            column.put("lang", language.code());
            column.put("rtl", language.isRightToLeft());
            column.put("form", e.getValue());
            column.put("cell", board.cell(topic, language));
            column.put("problems", problems.getOrDefault(language.code(), List.of()));
            column.put("preview", previewModel(language, e.getValue()));
            column.put("translators", language == Language.NL ? List.of() : tasks.translators(language));
            columns.add(column);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("topic", topic);
        model.put("row", board.row(topic));
        model.put("columns", columns);
        model.put("placeholders", List.of("{gemeente.naam}", "{gemeente.telefoon}", "{gemeente.website}"));
        model.put("limits", Map.of("answer", FaqForm.MAX_ANSWER, "questions", FaqForm.MAX_QUESTIONS));
        model.put("taskList", tasks.forTopic(topic).stream().map(t -> Map.of("t", t, "assignee",
                tasks.nameOf(t.assigneeId()))).toList());
        return model;
    }

    private Map<String, Object> previewModel(Language language, FaqForm form) {
        Municipality municipality = content.municipality();
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.code());
        model.put("rtl", language.isRightToLeft());
        model.put("text", municipality.fill(form.cleanAnswer()));
        model.put("length", municipality.fill(form.cleanAnswer()).length());
        model.put("max", FaqForm.MAX_ANSWER);
        model.put("problems", form.problems(language, municipality).stream()
                .filter(p -> p.key().startsWith("faq.error.placeholder") || p.key().startsWith("faq.error.answer"))
                .toList());
        return model;
    }

    private static Language language(String code) {
        return Language.fromCode(code).filter(Language::isAnswered).orElseThrow(
                FaqContent.UnknownEntryException::new);
    }

    private static List<String> codes() {
        List<String> out = new ArrayList<>();
        for (Language l : Language.answeredLanguages()) {
            out.add(l.code());
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Serdeable
    record TaskForm(@Nullable String kind, @Nullable Long assignee, @Nullable String _csrf) {
    }
}
