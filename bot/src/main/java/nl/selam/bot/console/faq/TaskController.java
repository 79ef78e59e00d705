package nl.selam.bot.console.faq;

import nl.selam.bot.faq.FaqBoard;
import nl.selam.bot.faq.FaqContent;
import nl.selam.bot.faq.FaqForm;
import nl.selam.bot.faq.FaqProblemsException;
import nl.selam.bot.faq.FaqTask;
import nl.selam.bot.faq.FaqTasks;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tolk's translation work: the tasks a redacteur gave them, and for each the one language they may edit, with the
 * Dutch text beside it. Submitting saves a DRAFT revision; a redacteur publishes it.
 */
@Controller(value = "/console/tasks", produces = MediaType.TEXT_HTML)
@Secured({"TOLK", "SLEUTELPERSOON"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TaskController {

    private final ConsoleUsers users;
    private final FaqTasks tasks;
    private final FaqContent content;

    TaskController(ConsoleUsers users, FaqTasks tasks, FaqContent content) {
        this.users = users;
        this.tasks = tasks;
        this.content = content;
    }

    @Get
    @View("console/tasks/list")
    Map<String, Object> list(Authentication authentication) {
        ConsoleUser me = users.of(authentication);
        FaqBoard board = content.board();
        List<Map<String, Object>> items = new ArrayList<>();
        for (FaqTask t : tasks.of(me.account())) {
            FaqBoard.Row row = board.row(t.topic());
            items.add(Map.of("t", t, "title", row == null ? t.topic() : row.title()));
        }
        return Map.of("items", items);
    }

    @Get("/{id}")
    HttpResponse<?> show(Authentication authentication, long id) {
        ConsoleUser me = users.of(authentication);
        FaqTask task = mine(me, id);
        if (task == null) {
            return forbidden();
        }
        Language language = Language.fromCode(task.language()).orElseThrow();
        FaqBoard board = content.board();
        return HttpResponse.ok(new ModelAndView<>("console/tasks/task", model(board, task,
                content.editable(board, task.topic(), language), List.of())));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(Authentication authentication, long id, @Body FaqForm form) {
        ConsoleUser me = users.of(authentication);
        FaqTask task = mine(me, id);
        if (task == null) {
            return forbidden();
        }
        try {
            tasks.submit(me.account(), task, new FaqForm(form.title(), form.questions(), form.keywords(),
                    form.answer(), null, "draft", null, null));
            return HttpResponse.seeOther(URI.create("/console/tasks?done=" + id));
        } catch (FaqProblemsException e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("console/tasks/task",
                    model(content.board(), task, form, e.problems())));
        }
    }

    @Error(exception = FaqProblemsException.class)
    HttpResponse<?> refused(FaqProblemsException e) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("console/faq/refused",
                Map.of("problems", e.problems())));
    }

    /** The task if it is this person's and in one of their languages; null otherwise. */
    private FaqTask mine(ConsoleUser me, long id) {
        return tasks.find(id).filter(t -> t.assigneeId().equals(me.id()) && me.speaks(t.language())).orElse(null);
    }

    private static HttpResponse<?> forbidden() {
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("console/forbidden", Map.of()));
    }

    private Map<String, Object> model(FaqBoard board, FaqTask task, FaqForm form, List<FaqForm.Problem> problems) {
        Language language = Language.fromCode(task.language()).orElseThrow();
        FaqBoard.Cell dutch = board.cell(task.topic(), Language.NL);
        LocalizedEntry reference = dutch == null ? null : dutch.text();
        Map<String, Object> model = new HashMap<>();
        model.put("task", task);
        model.put("dutch", reference);
        model.put("form", form);
        model.put("lang", language.code());
        model.put("rtl", language.isRightToLeft());
        model.put("problems", problems);
        model.put("cell", board.cell(task.topic(), language));
        return model;
    }
}
