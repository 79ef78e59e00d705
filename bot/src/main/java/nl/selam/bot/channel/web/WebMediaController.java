package nl.selam.bot.channel.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.selam.bot.conversation.Receipt;
import nl.selam.bot.escalation.ResidentMedia;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.ErrorBody;
import nl.selam.bot.system.InvalidRequestException;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A resident's photo, document or voice note: {@code POST /api/chat/media} (multipart: {@code id}, {@code file}),
 * bound to the chat session in the cookie; the page shows the resident's own file from
 * {@code GET /api/chat/media/{messageId}}. Staff open it in the console like Telegram media.
 */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/chat/media")
@ExecuteOn(TaskExecutors.BLOCKING)
class WebMediaController {

    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final WebMedia media;
    private final WebChatConfiguration config;

    WebMediaController(WebMedia media, WebChatConfiguration config) {
        this.media = media;
        this.config = config;
    }

    @Post(produces = MediaType.APPLICATION_JSON)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ApiResponse(responseCode = "202", description = "stored; a person sees it with the conversation")
    @ApiResponse(responseCode = "401", description = "no chat session (the page hands one out when it opens)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "413", description = "the file is larger than selam.web.media-max-bytes",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "415", description = "not a JPEG, PNG, PDF, WebM, Ogg or MP4 audio file",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "429", description = "too many messages in a minute",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    HttpResponse<?> upload(@Nullable @CookieValue(WebSession.COOKIE) String cookie,
                           @Nullable @Part("id") String id, @Nullable @Part("file") CompletedFileUpload file) {
        WebSession session = WebSession.parse(cookie);
        if (session == null) {
            // unlike a first text message, a file is never the start of a session: the page has polled by then
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "no chat session; open the chat first");
        }
        if (id == null || !MESSAGE_ID.matcher(id).matches()) {
            throw new InvalidRequestException("part 'id' must be 1 to 32 letters, digits, '-' or '_'");
        }
        if (file == null) {
            throw new InvalidRequestException("part 'file' is missing");
        }
        if (file.getSize() > config.mediaMaxBytes()) {
            throw new ApiProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "the file is larger than " + config.mediaMaxBytes() + " bytes");
        }
        if (file.getSize() == 0) {
            throw new InvalidRequestException("part 'file' is empty");
        }
        String declared = file.getContentType().map(MediaType::toString).orElse(null);
        if (!WebMediaType.allowed(declared)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send a photo (JPEG, PNG), a PDF or a voice note (WebM, Ogg, MP4 audio)");
        }
        byte[] bytes = bytes(file);
        WebMediaType type = WebMediaType.of(declared, bytes).orElseThrow(() -> new ApiProblem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the file's content is not the type it claims to be"));
        Receipt receipt = media.receive(session, id, type, bytes);
        if (receipt == Receipt.THROTTLED) {
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS,
                    "too many messages in a minute; wait a minute and send again");
        }
        return HttpResponse.accepted().body(new WebChatController.Accepted(receipt.name().toLowerCase(Locale.ROOT)));
    }

    @Get(value = "/{messageId}", produces = MediaType.ALL)
    HttpResponse<byte[]> own(@Nullable @CookieValue(WebSession.COOKIE) String cookie, @PathVariable long messageId) {
        WebSession session = WebSession.parse(cookie);
        ResidentMedia.File file = (session == null ? java.util.Optional.<ResidentMedia.File>empty()
                : media.openOwn(session, messageId)).orElseThrow(() -> ApiProblem.notFound("media"));
        return HttpResponse.ok(file.bytes()).contentType(MediaType.of(file.contentType()))
                .header("Content-Disposition", "inline");
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidRequestException("part 'file' could not be read");
        }
    }
}
