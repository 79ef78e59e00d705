package nl.selam.bot.console.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.bot.staff.AuditLog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/unanswered}: the questions Selam did not answer confidently, grouped; and, as a second tab,
 * {@code /console/unanswered/feedback}: residents' 👍/👎 per topic. Both filter by language and by the last 7 or
 * 30 days. Reading residents' questions is recorded in the audit log (the filter, never a text).
 */
@Controller(value = "/console/unanswered", produces = MediaType.TEXT_HTML)
@Secured({"REDACTEUR", "BEHEERDER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class UnansweredController {

    static final List<Integer> PERIODS = List.of(7, 30);

    private final UnansweredQuestions unanswered;
    private final FeedbackCounts feedback;
    private final ConsoleUsers users;
    private final AuditLog audit;

    UnansweredController(UnansweredQuestions unanswered, FeedbackCounts feedback, ConsoleUsers users,
                         AuditLog audit) {
        this.unanswered = unanswered;
        this.feedback = feedback;
        this.users = users;
        this.audit = audit;
    }

    @Get
    @View("console/insight/unanswered")
    Map<String, Object> groups(Authentication authentication, @Nullable @QueryValue String language,
                               @Nullable @QueryValue Integer days) {
        Map<String, Object> model = filters(language, days);
        UnansweredQuestions.Report report = unanswered.report((int) model.get("days"),
                (String) model.get("language"));
        audit.record(users.of(authentication).account(), "UNANSWERED_VIEWED", null,
                "days=" + model.get("days") + " language=" + model.get("languageValue"));
        model.put("report", report);
        return model;
    }

    @Get("/feedback")
    @View("console/insight/feedback")
    Map<String, Object> feedback(@Nullable @QueryValue String language, @Nullable @QueryValue Integer days) {
        Map<String, Object> model = filters(language, days);
        model.put("counts", feedback.counts((int) model.get("days"), (String) model.get("language")));
        return model;
    }

    /** Only known values pass: anything else means "all languages" and "7 days". */
    private static Map<String, Object> filters(@Nullable String language, @Nullable Integer days) {
        Map<String, Object> model = new HashMap<>();
        String chosen = language != null && TestBoxController.LANGUAGES.contains(language) ? language : null;
        model.put("language", chosen);
        model.put("languageValue", chosen == null ? "" : chosen);
        model.put("days", days != null && PERIODS.contains(days) ? days : PERIODS.get(0));
        model.put("languages", TestBoxController.LANGUAGES);
        model.put("periods", PERIODS);
        return model;
    }
}
