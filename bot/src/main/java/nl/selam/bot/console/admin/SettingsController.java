package nl.selam.bot.console.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import nl.selam.bot.console.ConsoleErrors;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.escalation.WaitLimits;
import nl.selam.bot.privacy.RetentionPolicy;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.system.InvalidRequestException;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Settings a beheerder changes without a restart: the retention period and the waiting-time limit per queue
 * language. An empty field means "as configured". The jobs read them at their next run.
 */
@Controller(value = "/console/admin/settings", produces = MediaType.TEXT_HTML)
@Secured(Beheerders.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class SettingsController {

    private static final String VIEW = "console/admin/settings";

    private final Beheerders beheerders;
    private final RetentionPolicy retention;
    private final WaitLimits waitLimits;
    private final AuditLog audit;

    SettingsController(Beheerders beheerders, RetentionPolicy retention, WaitLimits waitLimits, AuditLog audit) {
        this.beheerders = beheerders;
        this.retention = retention;
        this.waitLimits = waitLimits;
        this.audit = audit;
    }

    /** One queue's limit: in force now, as configured, and the beheerder's setting in minutes ("" = none). */
    record Limit(String key, String effective, String configured, String minutes, boolean overridden) {
    }

    @Get
    @View(VIEW)
    Map<String, Object> show(Authentication authentication, @Nullable @QueryValue String saved) {
        beheerders.me(authentication);
        Map<String, Object> model = model(null);
        model.put("saved", saved != null);
        return model;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(Authentication authentication, @Body Map<String, String> form) {
        ConsoleUser me = beheerders.me(authentication);
        try {
            // everything is checked before anything is stored: a form is taken whole or not at all
            Integer days = whole(form.get("retentionDays"), "retention");
            if (days != null && (days < RetentionPolicy.MIN_DAYS || days > RetentionPolicy.MAX_DAYS)) {
                throw new InvalidRequestException("the retention period is " + RetentionPolicy.MIN_DAYS + " to "
                        + RetentionPolicy.MAX_DAYS + " days", "error.admin.retention", RetentionPolicy.MIN_DAYS,
                        RetentionPolicy.MAX_DAYS);
            }
            Map<String, Duration> limits = new LinkedHashMap<>();
            for (String key : WaitLimits.KEYS) {
                Integer minutes = whole(form.get("wait_" + key), key);
                Duration limit = minutes == null ? null : Duration.ofMinutes(minutes);
                if (limit != null && (limit.compareTo(WaitLimits.MIN) < 0 || limit.compareTo(WaitLimits.MAX) > 0)) {
                    throw new InvalidRequestException(key + ": a waiting-time limit is 5 to 4320 minutes (72 hours)",
                            "error.admin.waitLimit", key);
                }
                limits.put(key, limit);
            }
            List<String> changed = new ArrayList<>();
            OptionalInt before = retention.overrideDays();
            if (!(days == null ? before.isEmpty() : before.isPresent() && before.getAsInt() == days)) {
                retention.set(days, me.id());
                changed.add("retention=" + (days == null ? "config" : days + "d"));
            }
            WaitLimits.Limits current = waitLimits.current();
            for (var entry : limits.entrySet()) {
                Duration was = current.overrideFor(entry.getKey()).orElse(null);
                if (!java.util.Objects.equals(was, entry.getValue())) {
                    waitLimits.set(entry.getKey(), entry.getValue(), me.id());
                    changed.add("wait." + entry.getKey() + "=" + (entry.getValue() == null ? "config"
                            : entry.getValue().toMinutes() + "m"));
                }
            }
            if (!changed.isEmpty()) {
                String detail = String.join(" ", changed);
                audit.record(me.account(), "SETTINGS_CHANGED", null,
                        detail.length() > 200 ? detail.substring(0, 200) : detail);
            }
            return HttpResponse.seeOther(URI.create("/console/admin/settings?saved=1"));
        } catch (InvalidRequestException e) {
            Map<String, Object> model = model(form);
            ConsoleErrors.into(model, e);
            return Beheerders.page(HttpStatus.BAD_REQUEST, VIEW, model);
        }
    }

    private Map<String, Object> model(Map<String, String> draft) {
        Map<String, Object> model = new HashMap<>();
        model.put("retentionDays", retention.days());
        model.put("retentionConfigured", retention.configuredDays());
        OptionalInt override = retention.overrideDays();
        model.put("retentionOverride", draft != null ? draft.getOrDefault("retentionDays", "")
                : override.isPresent() ? Integer.toString(override.getAsInt()) : "");
        model.put("retentionMin", RetentionPolicy.MIN_DAYS);
        model.put("retentionMax", RetentionPolicy.MAX_DAYS);
        WaitLimits.Limits limits = waitLimits.current();
        List<Limit> rows = new ArrayList<>();
        for (String key : WaitLimits.KEYS) {
            String minutes = draft != null ? draft.getOrDefault("wait_" + key, "")
                    : limits.overrideFor(key).map(d -> Long.toString(d.toMinutes())).orElse("");
            rows.add(new Limit(key, human(limits.forLanguage(key)), human(limits.configuredFor(key)), minutes,
                    limits.overrideFor(key).isPresent()));
        }
        model.put("limits", rows);
        model.put("waitMin", WaitLimits.MIN.toMinutes());
        model.put("waitMax", WaitLimits.MAX.toMinutes());
        return model;
    }

    /** "2 h", "1 h 30 min", "45 min". */
    static String human(Duration d) {
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    private static Integer whole(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field + ": a whole number", "error.admin.wholeNumber", field);
        }
    }
}
