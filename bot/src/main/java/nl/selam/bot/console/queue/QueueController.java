package nl.selam.bot.console.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import nl.selam.bot.system.ApiProblem;
import java.net.URI;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import nl.selam.bot.console.ConsoleTime;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.bot.escalation.ErasedCrises;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationState;
import nl.selam.bot.escalation.StaffDesk;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The desk of a tolk or sleutelpersoon: the escalations of their languages in four views (to do: open plus their
 * own; mine; unassigned; all of their languages, whoever holds them), each with its count. The page follows
 * {@code /console/events} (server-sent events) and reloads the list when something changes; the counter still
 * polls, more slowly, for browsers without a live connection.
 */
@Controller(value = "/console/queue", produces = MediaType.TEXT_HTML)
@Secured({"TOLK", "SLEUTELPERSOON"})
@ExecuteOn(TaskExecutors.BLOCKING)
class QueueController {

    /** The htmx event that makes the list reload. */
    static final String CHANGED_EVENT = "queue-changed";

    /** The views, in the order of the tabs. */
    enum DeskView {
        TODO, MINE, UNASSIGNED, ALL;

        static DeskView of(@Nullable String name) {
            for (DeskView v : values()) {
                if (v.name().equalsIgnoreCase(name)) {
                    return v;
                }
            }
            return TODO;
        }

        String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final ConsoleUsers users;
    private final StaffDesk desk;
    private final StaffRepository staff;
    private final ErasedCrises erased;
    private final ConsoleTime time;
    private final Clock clock;

    QueueController(ConsoleUsers users, StaffDesk desk, StaffRepository staff, ErasedCrises erased,
                    ConsoleTime time, Clock clock) {
        this.users = users;
        this.desk = desk;
        this.staff = staff;
        this.erased = erased;
        this.time = time;
        this.clock = clock;
    }

    @Get
    @View("console/queue")
    Map<String, Object> queue(Authentication authentication, @Nullable @QueryValue String notice,
                              @Nullable @QueryValue String view) {
        Map<String, Object> model = list(users.of(authentication), DeskView.of(view));
        model.put("notice", Notices.known(notice));
        return model;
    }

    /** The list alone (with the view tabs and their counts), for htmx. */
    @Get("/list")
    @View("console/queue-list")
    Map<String, Object> listFragment(Authentication authentication, @Nullable @QueryValue String view) {
        return list(users.of(authentication), DeskView.of(view));
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

    /** Closes the safety record of a crisis whose resident erased their data (it then leaves every desk). */
    @Post(value = "/erased/{id}/close", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> closeErased(Authentication authentication, @PathVariable long id, @Body Form form) {
        ConsoleUser me = users.of(authentication);
        String notice = Notices.CLOSED_ERASED;
        try {
            erased.close(me.account(), id);
        } catch (ApiProblem gone) {
            notice = Notices.CONFLICT;
        }
        return HttpResponse.seeOther(URI.create("/console/queue?notice=" + notice));
    }

    private Map<String, Object> list(ConsoleUser me, DeskView view) {
        List<Escalation> queue = desk.queue(me.account());
        List<Escalation> all = desk.allActive(me.account());
        List<Escalation> mine = all.stream().filter(e -> Objects.equals(e.claimedBy(), me.id())).toList();
        List<Escalation> unassigned = all.stream().filter(e -> e.state() == EscalationState.OPEN).toList();
        List<Escalation> shown = switch (view) {
            case TODO -> queue;
            case MINE -> mine;
            case UNASSIGNED -> unassigned;
            case ALL -> all;
        };
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        Map<String, Object> model = counts(queue);
        model.put("rows", shown.stream().map(e -> QueueViews.Row.of(e, me.id(), now, time,
                e.claimedBy() == null ? null : names.computeIfAbsent(e.claimedBy(), this::name))).toList());
        model.put("view", view.param());
        model.put("views", List.of(
                new ViewTab(DeskView.TODO.param(), queue.size(), view == DeskView.TODO),
                new ViewTab(DeskView.MINE.param(), mine.size(), view == DeskView.MINE),
                new ViewTab(DeskView.UNASSIGNED.param(), unassigned.size(), view == DeskView.UNASSIGNED),
                new ViewTab(DeskView.ALL.param(), all.size(), view == DeskView.ALL)));
        model.put("erased", erased.open(me.account()).stream()
                .map(c -> new ErasedRow(c.id(), c.language(), time.short_(c.openedAt()), time.short_(c.erasedAt())))
                .toList());
        model.put("languages", me.languages());
        return model;
    }

    private String name(long staffId) {
        return staff.findById(staffId).map(StaffAccount::name).orElse("#" + staffId);
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

    @Serdeable
    record Form(@Nullable String _csrf) {
    }

    /** A view tab: its name (for the address and the label), how many it holds, and whether it is shown. */
    public record ViewTab(String name, int count, boolean current) {
    }

    /** A crisis whose resident erased their data: only the language and the times are left. */
    public record ErasedRow(long id, String language, String opened, String erased) {
    }
}
