package nl.selam.bot.channel.whatsapp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Meta's webhook for the business number. GET answers the subscription check ({@code hub.challenge}) when the
 * verify token matches. POST checks {@code X-Hub-Signature-256} over the raw body before reading it, then hands the
 * events on; it answers 200 only once every message in the post is stored, so Meta delivers anything else again.
 */
// Anonymous at the security layer: this endpoint checks Meta's signature itself.
// Meta's webhook, not one of Selam's JSON APIs: kept out of the OpenAPI description
@io.swagger.v3.oas.annotations.Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/whatsapp/webhook")
@ExecuteOn(TaskExecutors.BLOCKING)
class WhatsAppWebhookController {

    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final WhatsAppConfiguration config;
    private final WhatsAppInbox inbox;

    WhatsAppWebhookController(WhatsAppConfiguration config, WhatsAppInbox inbox) {
        this.config = config;
        this.inbox = inbox;
    }

    @Get(produces = MediaType.TEXT_PLAIN)
    HttpResponse<String> verify(@Nullable @QueryValue("hub.mode") String mode,
                                @Nullable @QueryValue("hub.verify_token") String token,
                                @Nullable @QueryValue("hub.challenge") String challenge) {
        if (!config.enabled()) {
            return HttpResponse.notFound();
        }
        if (!"subscribe".equals(mode) || !config.verify().matches(token)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        if (challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            return HttpResponse.badRequest(); // echoed as text: only Meta's digits (and a little more) come back
        }
        return HttpResponse.ok(challenge);
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<?> receive(@Nullable @Header(WebhookSignature.HEADER) String signature, @Nullable @Body byte[] body) {
        if (!config.enabled()) {
            return HttpResponse.notFound();
        }
        byte[] raw = body == null ? new byte[0] : body;
        WebhookSignature.Verdict verdict = WebhookSignature.check(config.secret(), signature, raw);
        if (verdict == WebhookSignature.Verdict.MISSING) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        if (verdict == WebhookSignature.Verdict.WRONG) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        List<WebhookEvent> events = WebhookPayload.parse(raw, config.phoneNumberId());
        return inbox.accept(events) ? HttpResponse.ok() : HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
