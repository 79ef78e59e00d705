package nl.selam.bot.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.system.InvalidRequestException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The supervisor's view (issue 15) for beheerders and teamleiders: the live queue per language and responder
 * type against the promise, claims per staff member, crises today, and charts over days and weeks with a CSV
 * export. Aggregates only: no message text and no resident reaches these pages, so they are not readings of a
 * conversation; opening them and exporting are audited all the same.
 */
// console pages, not an API: kept out of the OpenAPI description like every other console route
@io.swagger.v3.oas.annotations.Hidden
@Controller(value = "/console/supervision", produces = MediaType.TEXT_HTML)
@Secured({"BEHEERDER", "TEAMLEIDER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class SupervisionController {

    private final ConsoleUsers users;
    private final SupervisionFigures figures;
    private final AuditLog audit;

    SupervisionController(ConsoleUsers users, SupervisionFigures figures, AuditLog audit) {
        this.users = users;
        this.figures = figures;
        this.audit = audit;
    }

    @Get
    @View("console/supervision/dashboard")
    Map<String, Object> dashboard(Authentication authentication, @Nullable @QueryValue String by) {
        ConsoleUser me = users.of(authentication);
        SupervisionFigures.Period period = period(by);
        audit.record(me.account(), "SUPERVISION", null);
        Map<String, Object> model = new HashMap<>();
        model.put("live", figures.live());
        model.put("by", period.name().toLowerCase(Locale.ROOT));
        return model;
    }

    /** The live part alone, for htmx to refresh every 15 seconds. */
    @Get("/live")
    @View("console/supervision/live")
    Map<String, Object> live(Authentication authentication) {
        users.of(authentication);
        return Map.of("live", figures.live());
    }

    /** The charts' figures as JSON, for the page's ECharts script. */
    @Get("/figures")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Figures.Trends> trends(Authentication authentication, @Nullable @QueryValue String by) {
        users.of(authentication);
        return HttpResponse.ok(figures.trends(period(by))).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store");
    }

    /** The charts' figures as CSV, one value per line, for a spreadsheet. */
    @Get("/export.csv")
    @Produces("text/csv")
    HttpResponse<String> export(Authentication authentication, @Nullable @QueryValue String by) {
        ConsoleUser me = users.of(authentication);
        SupervisionFigures.Period period = period(by);
        String csv = SupervisionCsv.write(figures.trends(period));
        audit.record(me.account(), "SUPERVISION_EXPORT", null, period.name().toLowerCase(Locale.ROOT));
        return HttpResponse.ok(csv).contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"selam-supervisie-"
                        + period.name().toLowerCase(Locale.ROOT) + ".csv\"")
                .header("Cache-Control", "no-store");
    }

    private static SupervisionFigures.Period period(@Nullable String by) {
        if (by == null || by.isEmpty() || by.equals("day")) {
            return SupervisionFigures.Period.DAY;
        }
        if (by.equals("week")) {
            return SupervisionFigures.Period.WEEK;
        }
        throw new InvalidRequestException("parameter 'by' must be day or week");
    }
}
