package nl.selam.bot.channel.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import nl.selam.bot.conversation.Receipt;
import nl.selam.bot.system.ErrorBody;
import nl.selam.bot.system.InvalidRequestException;

import java.time.Duration;

/**
 * The web chat channel: {@code POST /api/chat/messages} in, {@code GET /api/chat/messages?after=} out (the page
 * polls), {@code PUT /api/chat/language}, {@code POST /api/chat/erase}. The session lives in an HttpOnly cookie,
 * created with the resident's first message.
 */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/chat")
@ExecuteOn(TaskExecutors.BLOCKING)
class WebChatController {

    private final WebChat chat;
    private final WebChatRequestParser parser;
    private final WebChatConfiguration config;

    WebChatController(WebChat chat, WebChatRequestParser parser, WebChatConfiguration config) {
        this.chat = chat;
        this.parser = parser;
        this.config = config;
    }

    @Post("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, description =
            "id: 1 to 32 letters, digits, - or _ (a resend with the same id is a no-op); text: up to 4,000 "
                    + "characters; language (optional): nl, ar, ti, en; command (optional): person or assistant",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
                    examples = @ExampleObject(value = "{\"id\": \"m1\", \"text\": \"Hoe vind ik een huisarts?\"}")))
    @ApiResponse(responseCode = "202", description = "stored; the reply appears in GET /api/chat/messages")
    @ApiResponse(responseCode = "429", description = "too many messages in a minute",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "400", description = "invalid JSON or field: {\"error\": \"...\"}",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    HttpResponse<?> send(@Nullable @CookieValue(WebSession.COOKIE) String cookie, @Nullable @Body String body) {
        WebChatRequest request = parser.message(body); // validated before anything is stored
        WebSession session = sessionOrNew(cookie);
        Receipt receipt = chat.send(session, request);
        MutableHttpResponse<?> response = receipt == Receipt.THROTTLED
                ? HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .body(new ErrorBody("too many messages in a minute; wait a minute and send again"))
                : HttpResponse.accepted().body(new Accepted(receipt.name().toLowerCase(java.util.Locale.ROOT)));
        return withCookie(response, session);
    }

    /**
     * The page polls this. It also hands out the session cookie before the first message, so a first message
     * resent after a network error carries the same session and stays one message.
     */
    @Get("/messages")
    HttpResponse<ChatLog> messages(@Nullable @CookieValue(WebSession.COOKIE) String cookie,
                                   @Nullable @QueryValue("after") Long after) {
        WebSession session = WebSession.parse(cookie);
        if (session == null) {
            MutableHttpResponse<ChatLog> fresh = HttpResponse.ok(chat.log(null, 0));
            withCookie(fresh, WebSession.create());
            return fresh;
        }
        return HttpResponse.ok(chat.log(session, after == null ? 0 : Math.max(after, 0)));
    }

    @Put("/language")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, description =
            "the language the resident chose: nl, ar, ti or en",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
                    examples = @ExampleObject(value = "{\"language\": \"ti\"}")))
    @ApiResponse(responseCode = "400", description = "invalid JSON or field: {\"error\": \"...\"}",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    HttpResponse<?> language(@Nullable @CookieValue(WebSession.COOKIE) String cookie, @Nullable @Body String body) {
        var language = parser.language(body);
        WebSession session = sessionOrNew(cookie);
        chat.choose(session, language);
        return withCookie(HttpResponse.ok(new Accepted("ok")), session);
    }

    /** Erases everything about this resident; the page asks for confirmation and sends {"confirm": true}. */
    @Post("/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, description =
            "must be exactly this",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
                    examples = @ExampleObject(value = "{\"confirm\": true}")))
    @ApiResponse(responseCode = "400", description = "invalid JSON or field: {\"error\": \"...\"}",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    HttpResponse<?> erase(@Nullable @CookieValue(WebSession.COOKIE) String cookie, @Nullable @Body String body) {
        if (!parser.confirmed(body)) {
            throw new InvalidRequestException("erasing needs {\"confirm\": true}");
        }
        WebSession session = WebSession.parse(cookie);
        boolean erased = session != null && chat.erase(session);
        Cookie gone = Cookie.of(WebSession.COOKIE, "").path("/api/chat").maxAge(0).httpOnly(true);
        return HttpResponse.ok(new Accepted(erased ? "erased" : "nothing")).cookie(gone);
    }

    private static WebSession sessionOrNew(String cookie) {
        WebSession session = WebSession.parse(cookie);
        return session != null ? session : WebSession.create();
    }

    private MutableHttpResponse<?> withCookie(MutableHttpResponse<?> response, WebSession session) {
        return response.cookie(Cookie.of(WebSession.COOKIE, session.token()).path("/api/chat").httpOnly(true)
                .sameSite(SameSite.Strict).secure(config.secureCookie()).maxAge(Duration.ofDays(30)));
    }

    /** {@code {"status": "accepted" | "duplicate" | ...}}. */
    @Serdeable
    record Accepted(String status) {
    }
}
