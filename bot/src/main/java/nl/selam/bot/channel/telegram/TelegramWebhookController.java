package nl.selam.bot.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.selam.bot.system.MalformedRequestException;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram posts each update here. The controller checks the secret token header, reads the update
 * and hands it on; it answers 200 only once the update is stored, so Telegram redelivers anything else.
 */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/telegram/webhook")
@ExecuteOn(TaskExecutors.BLOCKING)
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TelegramConfiguration config;
    private final TelegramUpdates updates;

    TelegramWebhookController(TelegramConfiguration config, TelegramUpdates updates) {
        this.config = config;
        this.updates = updates;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<?> receive(@Nullable @Header(SECRET_HEADER) String secret, @Nullable @Body String body) {
        if (!config.enabled() || !config.webhookMode()) {
            return HttpResponse.notFound();
        }
        if (secret == null) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        if (!config.secret().matches(secret)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Update update = read(body);
        return updates.handle(update) ? HttpResponse.ok() : HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
    }

    // Not an update Telegram would send (null, an array, a string, no or a non-positive update_id, wrong types):
    // a 400, so nothing is redelivered and nothing reaches the pipeline.
    private static Update read(@Nullable String body) {
        Update update;
        try {
            update = JSON.readValue(body == null ? "" : body, Update.class);
        } catch (Exception e) {
            update = null; // the parser's message may quote the body, so it is not passed on
        }
        if (update == null || update.getUpdateId() == null || update.getUpdateId() <= 0) {
            throw new MalformedRequestException("request body is not a Telegram update");
        }
        return update;
    }
}
