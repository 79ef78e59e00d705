package nl.selam.bot.console.replies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import nl.selam.bot.console.ConsoleTime;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /console/replies}: the saved replies of the staff member's languages, to search, add, change or remove. */
// a console page, not one of the JSON APIs the OpenAPI description is for
@io.swagger.v3.oas.annotations.Hidden
@Controller(value = "/console/replies", produces = MediaType.TEXT_HTML)
@Secured({"TOLK", "SLEUTELPERSOON"})
@ExecuteOn(TaskExecutors.BLOCKING)
class SavedRepliesController {

    private static final Set<String> NOTICES = Set.of("saved", "deleted", "invalid", "gone");

    private final ConsoleUsers users;
    private final SavedReplies replies;
    private final ConsoleTime time;

    SavedRepliesController(ConsoleUsers users, SavedReplies replies, ConsoleTime time) {
        this.users = users;
        this.replies = replies;
        this.time = time;
    }

    @Get
    @View("console/replies")
    Map<String, Object> list(Authentication authentication, @Nullable @QueryValue String q,
                             @Nullable @QueryValue Long edit, @Nullable @QueryValue String notice) {
        ConsoleUser me = users.of(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q);
        model.put("replies", replies.search(me.account(), me.languages(), q).stream()
                .map(r -> new Item(r.id(), r.language(), r.title(), r.body(), time.short_(r.changedAt()))).toList());
        SavedReply editing = edit == null ? null : replies.find(me.account(), edit).orElse(null);
        model.put("editing", editing);
        model.put("languages", me.languages());
        model.put("maxTitle", SavedReplies.MAX_TITLE);
        model.put("maxBody", SavedReplies.MAX_BODY);
        model.put("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        return model;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(Authentication authentication, @Body Form form) {
        ConsoleUser me = users.of(authentication);
        Long id;
        try {
            id = form.id() == null || form.id().isBlank() ? null : Long.valueOf(form.id().strip());
        } catch (NumberFormatException e) {
            return back("invalid");
        }
        try {
            replies.save(me.account(), id, form.language(), form.title(), form.body());
        } catch (InvalidRequestException invalid) {
            return back("invalid");
        } catch (ApiProblem problem) {
            return problem.status().getCode() == 403 ? HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN)
                    .contentType(MediaType.TEXT_PLAIN_TYPE).body("Not one of your languages.") : back("gone");
        }
        return back("saved");
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Authentication authentication, @PathVariable long id, @Body Form form) {
        ConsoleUser me = users.of(authentication);
        try {
            replies.delete(me.account(), id);
        } catch (ApiProblem gone) {
            return back("gone");
        }
        return back("deleted");
    }

    private static HttpResponse<?> back(String notice) {
        return HttpResponse.seeOther(URI.create("/console/replies?notice=" + notice));
    }

    /** One saved reply in the list (unfilled, as stored). */
    public record Item(long id, String language, String title, String body, String changed) {
    }

    @Serdeable
    record Form(@Nullable String id, @Nullable String language, @Nullable String title, @Nullable String body,
                @Nullable String _csrf) {
    }
}
