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
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.kb.content.Municipality;

import java.net.URI;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipality profile: name, phone, website and office hours used in answers. Saving rebuilds the answer
 * engine, so the next question is answered with the new values.
 */
@Controller(value = "/console/admin/profile", produces = MediaType.TEXT_HTML)
@Secured(Beheerders.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProfileController {

    private static final String VIEW = "console/admin/profile";
    static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final Beheerders beheerders;
    private final MunicipalityProfiles profiles;
    private final LiveEngine engine;
    private final AuditLog audit;

    ProfileController(Beheerders beheerders, MunicipalityProfiles profiles, LiveEngine engine, AuditLog audit) {
        this.beheerders = beheerders;
        this.profiles = profiles;
        this.engine = engine;
        this.audit = audit;
    }

    /** One weekday's row of the form. */
    record Day(String key, String open, String close) {
    }

    @Get
    @View(VIEW)
    Map<String, Object> show(Authentication authentication, @Nullable @QueryValue String saved) {
        beheerders.me(authentication);
        Map<String, Object> form = new HashMap<>();
        profiles.stored().ifPresent(p -> {
            form.put("naam", p.naam() == null ? "" : p.naam());
            form.put("telefoon", p.telefoon() == null ? "" : p.telefoon());
            form.put("website", p.website() == null ? "" : p.website());
            if (p.officeHours() != null) {
                OfficeHours hours = OfficeHours.parse(p.officeHours());
                for (DayOfWeek day : DayOfWeek.values()) {
                    OfficeHours.Slot slot = hours.on(day);
                    if (slot != null) {
                        form.put("open_" + DAYS.get(day.ordinal()), slot.open().toString());
                        form.put("close_" + DAYS.get(day.ordinal()), slot.close().toString());
                    }
                }
            }
        });
        Map<String, Object> model = model(form);
        model.put("saved", saved != null);
        return model;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(Authentication authentication, @Body Map<String, String> form) {
        ConsoleUser me = beheerders.me(authentication);
        try {
            profiles.save(form.get("naam"), form.get("telefoon"), form.get("website"), hours(form), me.id());
            audit.record(me.account(), "PROFILE_CHANGED", null, "municipality profile");
            return HttpResponse.seeOther(URI.create("/console/admin/profile?saved=1"));
        } catch (InvalidRequestException e) {
            Map<String, Object> model = model(new HashMap<>(form));
            ConsoleErrors.into(model, e);
            return Beheerders.page(HttpStatus.BAD_REQUEST, VIEW, model);
        }
    }

    static OfficeHours hours(Map<String, String> form) {
        List<OfficeHours.Slot> slots = new ArrayList<>();
        for (String day : DAYS) {
            slots.add(OfficeHours.slot(day, form.get("open_" + day), form.get("close_" + day)));
        }
        return OfficeHours.of(slots);
    }

    private Map<String, Object> model(Map<String, Object> form) {
        Map<String, Object> model = new HashMap<>();
        Municipality now = engine.current().knowledgeBase().municipality();
        model.put("form", form);
        // what answers use now: shown as the placeholder of an empty field (= the configured value)
        model.put("current", Map.of("naam", nz(now.naam()), "telefoon", nz(now.telefoon()), "website",
                nz(now.website())));
        List<Day> days = new ArrayList<>();
        for (String day : DAYS) {
            days.add(new Day(day, String.valueOf(form.getOrDefault("open_" + day, "")),
                    String.valueOf(form.getOrDefault("close_" + day, ""))));
        }
        model.put("days", days);
        Map<String, String> preview = new LinkedHashMap<>();
        OfficeHours stored = profiles.stored().map(MunicipalityProfile::officeHours).filter(h -> !h.isBlank())
                .map(OfficeHours::parse).filter(OfficeHours::anyOpen).orElse(null);
        for (String language : nl.selam.kb.language.Language.answeredCodes()) {
            preview.put(language, ProfileOverlay.hoursIn(stored, language));
        }
        model.put("preview", preview);
        model.put("dirs", nl.selam.kb.language.Language.htmlDirections());
        return model;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
