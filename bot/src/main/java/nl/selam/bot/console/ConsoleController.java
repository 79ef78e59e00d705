package nl.selam.bot.console;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.bot.staff.Credentials;
import nl.selam.bot.console.access.LoginTokens;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The console's entry points: login page, start page per role, language switch and the "not allowed" page. */
@Controller(value = "/console", produces = MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsoleController {

    static final String LANGUAGE_COOKIE = "selam_console_lang";

    private final ConsoleUsers users;
    private final Credentials credentials;
    private final boolean secureCookie;

    ConsoleController(ConsoleUsers users, Credentials credentials,
                      @Value("${micronaut.security.token.cookie.cookie-secure:false}") boolean secureCookie) {
        this.users = users;
        this.credentials = credentials;
        this.secureCookie = secureCookie;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> start(Authentication authentication) {
        ConsoleUser me = users.of(authentication);
        if (credentials.mustChange(me.id())) {
            return HttpResponse.seeOther(URI.create("/console/account?first=1"));
        }
        String start = me.answers() ? "/console/queue" : me.administers() ? "/console/admin/accounts"
                : me.is(nl.selam.bot.staff.StaffRole.TEAMLEIDER) ? "/console/supervision" : "/console/faq";
        return HttpResponse.seeOther(URI.create(start));
    }

    @Get("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @View("console/login")
    HttpResponse<Map<String, Object>> login(@Nullable @QueryValue String error, @Nullable @QueryValue String bye) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error != null);
        model.put("bye", bye != null);
        model.put("minPassword", Credentials.MIN_PASSWORD_LENGTH);
        String token = LoginTokens.fresh();
        model.put("loginCsrf", token);
        return HttpResponse.ok(model).cookie(LoginTokens.cookie(token, secureCookie));
    }

    @Get("/forbidden")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @View("console/forbidden")
    HttpResponse<Map<String, Object>> forbidden() {
        return HttpResponse.<Map<String, Object>>status(io.micronaut.http.HttpStatus.FORBIDDEN).body(Map.of());
    }

    /** Switches the console between Dutch and English; remembered in a cookie for a year. */
    @Get("/language/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> language(String code, @Nullable @QueryValue String back) {
        String chosen = "en".equals(code) ? "en" : "nl";
        // only a path inside the console: never an open redirect to another site
        String target = back != null && back.startsWith("/console") && !back.startsWith("//") ? back : "/console";
        return HttpResponse.seeOther(URI.create(target)).cookie(Cookie.of(LANGUAGE_COOKIE, chosen)
                .path("/").maxAge(365L * 24 * 3600).httpOnly(true).sameSite(SameSite.Lax));
    }
}
