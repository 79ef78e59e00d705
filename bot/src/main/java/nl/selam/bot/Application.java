package nl.selam.bot;

import io.micronaut.openapi.annotation.OpenAPIExclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts Selam: the web chat, the API and (when configured) the Telegram channel. */
@OpenAPIDefinition(info = @Info(title = "Selam", version = "1",
        description = "Selam's JSON APIs: the stateless dry run (/api/ask), the web chat (/api/chat) and the staff "
                + "API for scripts and integrations (/api/staff). Errors are {\"error\": \"...\"} with a 4xx status.",
        license = @License(name = "see the repository")))
@SecurityScheme(name = "staffToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "a personal staff API token (selam_...) a beheerder issues in the console; the call acts as "
        + "that token's account")
// The description covers the JSON APIs only: console pages, the Telegram webhook and the metrics are not an API
// for integrators.
@OpenAPIExclude(packages = {"nl.selam.bot.console", "nl.selam.bot.console.access", "nl.selam.bot.console.admin",
        "nl.selam.bot.console.faq", "nl.selam.bot.console.insight", "nl.selam.bot.console.queue",
        "nl.selam.bot.metrics"},
        classNames = {"nl.selam.bot.channel.telegram.TelegramWebhookController",
                "nl.selam.bot.channel.web.WebTextsController", "nl.selam.bot.system.PingController"})
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
