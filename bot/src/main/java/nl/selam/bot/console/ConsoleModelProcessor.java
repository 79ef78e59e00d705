package nl.selam.bot.console;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import nl.selam.bot.console.access.ConsoleUsers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Adds what the console layout needs to every page model: {@code me} (the logged-in {@code ConsoleUser}, for the
 * menu and role checks in templates), {@code csrf} (the token every form sends back) and {@code path} (to mark the
 * current menu item) and {@code time} (a {@link ConsoleTime}, for times in the municipality's zone). Controllers then return only their own data.
 */
@Singleton
class ConsoleModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private final ConsoleUsers users;
    private final MessageSource texts;
    private final HttpLocaleResolver locales;
    private final ConsoleTime time;

    ConsoleModelProcessor(ConsoleUsers users, MessageSource texts, HttpLocaleResolver locales, ConsoleTime time) {
        this.users = users;
        this.texts = texts;
        this.locales = locales;
        this.time = time;
    }

    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> view) {
        Map<String, Object> model = new HashMap<>(view.getModel().orElse(Map.of()));
        model.put("path", request.getPath());
        // templates format times with it, in the municipality's time zone
        model.putIfAbsent("time", time);
        request.getUserPrincipal(Authentication.class).flatMap(users::find).ifPresent(me -> {
            model.put("me", me);
            model.put("csrf", me.csrfToken());
        });
        if (model.get(ConsoleErrors.KEY) instanceof String key) {
            Object[] args = model.get(ConsoleErrors.ARGS) instanceof Object[] a ? a : new Object[0];
            Locale locale = locales.resolveOrDefault(request);
            texts.getMessage(key, locale, args).ifPresent(text -> model.put("error", text));
        }
        view.setModel(model);
    }
}
