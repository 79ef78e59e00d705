package nl.selam.bot.channel.telegram;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.selam.bot.staff.StaffAuthenticator;
import nl.selam.bot.system.ApiProblem;

/**
 * Lets a tolk open a resident's voice note, photo or document: {@code GET /api/staff/telegram/media/{messageId}}
 * with the staff headers. The file is fetched from Telegram when asked for and passed straight through; Selam
 * keeps only Telegram's reference, which goes with the conversation.
 */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/staff/telegram/media")
@ExecuteOn(TaskExecutors.BLOCKING)
class TelegramMediaController {

    private final StaffAuthenticator auth;
    private final TelegramMedia media;

    TelegramMediaController(StaffAuthenticator auth, TelegramMedia media) {
        this.auth = auth;
        this.media = media;
    }

    @Get("/{messageId}")
    HttpResponse<byte[]> open(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization,
                              @PathVariable long messageId) {
        TelegramMedia.File file = media.fetch(auth.authenticate(authorization), messageId)
                .orElseThrow(() -> ApiProblem.notFound("media"));
        return HttpResponse.ok(file.bytes()).contentType(MediaType.of(file.contentType()))
                .header("Cache-Control", "no-store");
    }
}
