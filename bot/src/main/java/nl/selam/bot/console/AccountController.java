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
import nl.selam.bot.staff.Credentials;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import nl.selam.bot.channel.telegram.TelegramStaffLinks;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffLanguages;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.translations.Messages;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every staff member's own page: who they are, changing their password, the language Selam writes to them in, and
 * linking their own Telegram (tolken and sleutelpersonen) with a one-time code, its deep link and QR code.
 */
@Controller(value = "/console/account", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController {

    private final ConsoleUsers users;
    private final Credentials credentials;
    private final AuditLog audit;
    private final TelegramStaffLinks telegram;
    private final StaffLanguages languages;
    private final Messages texts;
    private final ZoneId zone;

    AccountController(ConsoleUsers users, Credentials credentials, AuditLog audit, TelegramStaffLinks telegram,
                      StaffLanguages languages, Messages texts) {
        this.users = users;
        this.credentials = credentials;
        this.audit = audit;
        this.telegram = telegram;
        this.languages = languages;
        this.texts = texts;
        this.zone = ZoneId.of("Europe/Amsterdam"); // the console's times, as on the accounts page
    }

    @Get
    @View("console/account")
    Map<String, Object> show(Authentication authentication, @Nullable @QueryValue String first,
                             @Nullable @QueryValue String changed, @Nullable @QueryValue String saved) {
        ConsoleUser me = users.of(authentication);
        Map<String, Object> model = model(me);
        model.put("first", first != null || credentials.mustChange(me.id()));
        model.put("changed", changed != null);
        model.put("saved", saved == null ? null : switch (saved) {
            case "language", "unlinked" -> saved;
            default -> null;
        });
        return model;
    }

    /** A fresh one-time Telegram code, shown on this answer only (never cached). */
    @Post(value = "/telegram/code", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> telegramCode(Authentication authentication, @Nullable @Body Map<String, String> form) {
        ConsoleUser me = users.of(authentication);
        Map<String, Object> model = model(me);
        model.put("first", credentials.mustChange(me.id()));
        model.put("changed", false);
        if (!telegram.enabled() || !me.answers()) {
            ConsoleErrors.into(model, ApiProblem.forbidden("only a tolk or sleutelpersoon links Telegram"));
            return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN)
                    .body(new ModelAndView<>("console/account", model));
        }
        TelegramStaffLinks.Offer offer = telegram.offer(me.account());
        model.put("offer", offer);
        model.put("offerExpires", DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(offer.expiresAt()));
        return HttpResponse.ok(new ModelAndView<>("console/account", model)).header("Cache-Control", "no-store");
    }

    @Post(value = "/telegram/unlink", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> telegramUnlink(Authentication authentication, @Nullable @Body Map<String, String> form) {
        ConsoleUser me = users.of(authentication);
        telegram.unlink(me.account(), me.id());
        return HttpResponse.seeOther(URI.create("/console/account?saved=unlinked"));
    }

    /** The language Selam writes to this staff member in; the console follows where it has that language. */
    @Post(value = "/language", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> language(Authentication authentication, @Nullable @Body Map<String, String> form) {
        ConsoleUser me = users.of(authentication);
        try {
            String chosen = form == null ? null : form.get("language");
            languages.choose(me.id(), chosen);
            audit.record(me.account(), "LANGUAGE_CHOSEN", null, chosen);
            HttpResponse<?> done = HttpResponse.seeOther(URI.create("/console/account?saved=language"));
            if ("nl".equals(chosen) || "en".equals(chosen)) { // the console speaks these two
                done = ((io.micronaut.http.MutableHttpResponse<?>) done).cookie(Cookie.of(
                        ConsoleController.LANGUAGE_COOKIE, chosen).path("/").maxAge(365L * 24 * 3600).httpOnly(true)
                        .sameSite(SameSite.Lax));
            }
            return done;
        } catch (InvalidRequestException e) {
            Map<String, Object> model = model(me);
            model.put("first", credentials.mustChange(me.id()));
            model.put("changed", false);
            ConsoleErrors.into(model, e);
            return HttpResponse.badRequest(new ModelAndView<>("console/account", model));
        }
    }

    // What every rendering of the page shows besides the password form.
    private Map<String, Object> model(ConsoleUser me) {
        Map<String, Object> model = new HashMap<>();
        model.put("minPassword", Credentials.MIN_PASSWORD_LENGTH);
        Map<String, String> choices = new LinkedHashMap<>();
        for (String code : StaffLanguages.CHOICES) {
            choices.put(code, texts.format("language." + code, code)); // each language named in itself
        }
        model.put("languageChoices", choices);
        model.put("preferred", languages.of(me.id()));
        model.put("telegramOn", telegram.enabled());
        model.put("telegramLinked", telegram.linkedSince(me.id())
                .map(t -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(t)).orElse(null));
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
            Map<String, Object> model = model(me);
            model.put("first", credentials.mustChange(me.id()));
            model.put("changed", false);
            ConsoleErrors.into(model, e);
            return HttpResponse.badRequest(new ModelAndView<>("console/account", model));
        }
    }

    @Serdeable
    record PasswordForm(@Nullable String current, @Nullable String next, @Nullable String repeat,
                        @Nullable String _csrf) {
    }
}
