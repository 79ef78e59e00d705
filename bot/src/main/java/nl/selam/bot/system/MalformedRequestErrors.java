package nl.selam.bot.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.compression.DecompressionException;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Map;

/**
 * The one answer to requests that cannot be decoded: 400, as an HTML page in the person's console language for
 * console routes and as {@code {"error": "..."}} everywhere else (the APIs, the webhook). Covers our own
 * {@link MalformedRequestException} and what is thrown while Micronaut decodes a body (Netty's decoders for garbage
 * in a gzip or deflate body and for bad percent-encoding in a form; the JDK for an unknown charset in Content-Type),
 * which Micronaut would otherwise answer with 500. No route lives
 * here; the error routes are global.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class MalformedRequestErrors {

    static final String CONSOLE_PAGE = "console/bad-request";
    private static final String CONSOLE = "/console";

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    MalformedRequestErrors(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    @Error(global = true, exception = MalformedRequestException.class)
    HttpResponse<?> malformed(HttpRequest<?> request, MalformedRequestException problem) {
        return badRequest(request, problem.getMessage());
    }

    @Error(global = true, exception = DecoderException.class)
    HttpResponse<?> undecodable(HttpRequest<?> request, DecoderException problem) {
        // Netty's own message quotes the bytes it could not read, so it is never passed on.
        return badRequest(request, problem instanceof DecompressionException
                ? "request body is not in the content encoding it names" : "request body could not be decoded");
    }

    @Error(global = true, exception = UnsupportedCharsetException.class)
    HttpResponse<?> unknownCharset(HttpRequest<?> request, UnsupportedCharsetException problem) {
        return badRequest(request, "the charset named in Content-Type is not supported; send UTF-8");
    }

    @Error(global = true, exception = IllegalCharsetNameException.class)
    HttpResponse<?> illegalCharset(HttpRequest<?> request, IllegalCharsetNameException problem) {
        return badRequest(request, "the charset named in Content-Type is not supported; send UTF-8");
    }

    private HttpResponse<?> badRequest(HttpRequest<?> request, String why) {
        if (request.getPath().equals(CONSOLE) || request.getPath().startsWith(CONSOLE + "/")) {
            return renderer.render(new ModelAndView<>(CONSOLE_PAGE, new HashMap<>()), request, MediaType.TEXT_HTML)
                    .<HttpResponse<?>>map(page -> HttpResponse.badRequest().contentType(MediaType.TEXT_HTML_TYPE)
                            .body(page))
                    .orElseGet(() -> HttpResponse.badRequest().contentType(MediaType.TEXT_PLAIN_TYPE).body(why));
        }
        return HttpResponse.badRequest(new ErrorBody(why)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
