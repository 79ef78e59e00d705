package nl.selam.bot.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.bot.console.access.Credentials;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.system.InvalidRequestException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Every staff member's own page: who they are, and changing their password. */
@Controller(value = "/console/account", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController {

    private final ConsoleUsers users;
    private final Credentials credentials;
    private final AuditLog audit;

    AccountController(ConsoleUsers users, Credentials credentials, AuditLog audit) {
        this.users = users;
        this.credentials = credentials;
        this.audit = audit;
    }

    @Get
    @View("console/account")
    Map<String, Object> show(Authentication authentication, @Nullable @QueryValue String first,
                             @Nullable @QueryValue String changed) {
        ConsoleUser me = users.of(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("first", first != null || credentials.mustChange(me.id()));
        model.put("changed", changed != null);
        model.put("minPassword", Credentials.MIN_PASSWORD_LENGTH);
        return model;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(Authentication authentication, @Body PasswordForm form) {
        ConsoleUser me = users.of(authentication);
        try {
            if (form.next() == null || !form.next().equals(form.repeat())) {
                throw new InvalidRequestException("the two new passwords are not the same", "error.password.repeat");
            }
            credentials.change(me.id(), form.current(), form.next());
            audit.record(me.account(), "PASSWORD_CHANGED", null);
            return HttpResponse.seeOther(URI.create("/console/account?changed=1"));
        } catch (InvalidRequestException e) {
            Map<String, Object> model = new HashMap<>();
            model.put("first", credentials.mustChange(me.id()));
            model.put("changed", false);
            ConsoleErrors.into(model, e);
            model.put("minPassword", Credentials.MIN_PASSWORD_LENGTH);
            return HttpResponse.badRequest(new ModelAndView<>("console/account", model));
        }
    }

    @Serdeable
    record PasswordForm(@Nullable String current, @Nullable String next, @Nullable String repeat,
                        @Nullable String _csrf) {
    }
}
