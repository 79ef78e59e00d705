package nl.selam.bot.console.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationState;
import nl.selam.bot.escalation.StaffDesk;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The queue of a tolk's or sleutelpersoon's languages: urgent first, then the longest waiting, plus what they
 * hold themselves ({@link StaffDesk#queue}). The page polls two small fragments: the counter every 5 seconds, and
 * the list, which reloads when the counter sees the queue change (and every 30 seconds for the waiting times).
 */
@Controller(value = "/console/queue", produces = MediaType.TEXT_HTML)
@Secured({"TOLK", "SLEUTELPERSOON"})
@ExecuteOn(TaskExecutors.BLOCKING)
class QueueController {

    /** The htmx event that makes the list reload. */
    static final String CHANGED_EVENT = "queue-changed";

    private final ConsoleUsers users;
    private final StaffDesk desk;
    private final Clock clock;

    QueueController(ConsoleUsers users, StaffDesk desk, Clock clock) {
        this.users = users;
        this.desk = desk;
        this.clock = clock;
    }

    @Get
    @View("console/queue")
    Map<String, Object> queue(Authentication authentication, @Nullable @QueryValue String notice) {
        Map<String, Object> model = list(users.of(authentication));
        model.put("notice", Notices.known(notice));
        return model;
    }

    /** The list alone, for htmx. */
    @Get("/list")
    @View("console/queue-list")
    Map<String, Object> listFragment(Authentication authentication) {
        return list(users.of(authentication));
    }

    /**
     * The counter alone, for htmx polling. {@code known} is the signature of the list on the page; when the queue
     * no longer matches it, the response tells htmx to reload the list.
     */
    @Get("/count")
    @View("console/queue-count")
    HttpResponse<Map<String, Object>> count(Authentication authentication, @Nullable @QueryValue String known) {
        List<Escalation> queue = desk.queue(users.of(authentication).account());
        Map<String, Object> model = counts(queue);
        MutableHttpResponse<Map<String, Object>> response = HttpResponse.ok(model);
        if (known != null && !known.equals(model.get("signature"))) {
            response.header("HX-Trigger", CHANGED_EVENT);
        }
        return response;
    }

    private Map<String, Object> list(ConsoleUser me) {
        List<Escalation> queue = desk.queue(me.account());
        Instant now = clock.instant();
        Map<String, Object> model = counts(queue);
        model.put("rows", queue.stream().map(e -> QueueViews.Row.of(e, me.id(), now)).toList());
        model.put("languages", me.languages());
        return model;
    }

    // What the counter shows, and a signature that changes whenever anything in the list does.
    private static Map<String, Object> counts(List<Escalation> queue) {
        Map<String, Object> model = new HashMap<>();
        List<Escalation> waiting = queue.stream().filter(e -> e.state() == EscalationState.OPEN).toList();
        model.put("waiting", waiting.size());
        model.put("urgent", waiting.stream().filter(Escalation::urgent).count());
        model.put("signature", queue.stream().map(e -> e.id() + ":" + e.state().name().charAt(0)
                + (e.urgent() ? "!" : "") + (e.overdueAt() != null ? "o" : "")).collect(Collectors.joining(",")));
        return model;
    }
}
