package nl.selam.bot.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.ServerHttpRequest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Keeps the small request limit ({@code selam.http.max-body-bytes}, 64 KB) for every route but the web chat's file
 * upload. The server's own limit ({@code micronaut.server.max-request-size}) applies to every route alike and must
 * be large enough for a photo, so this filter refuses larger bodies elsewhere with the 413 the server would have
 * given. Sizes are those of the decoded body: a small gzip body that inflates past the limit is refused too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestSizeFilter implements Ordered {

    /** Routes that take large bodies; they check their own limits. */
    public static final String LARGE_BODY_PATH = "/api/chat/media";

    private final long limit;

    RequestSizeFilter(@Value("${selam.http.max-body-bytes:65536}") long limit) {
        this.limit = limit;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    CompletionStage<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.equals(LARGE_BODY_PATH) || !(request instanceof ServerHttpRequest<?> server)) {
            return CompletableFuture.completedFuture(null);
        }
        long declared = request.getContentLength();
        if (declared > limit) {
            return CompletableFuture.completedFuture(tooLarge(declared));
        }
        boolean encoded = request.getHeaders().contains(HttpHeaders.CONTENT_ENCODING);
        boolean chunked = request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
        if (!encoded && !chunked) {
            return CompletableFuture.completedFuture(null); // no body, or one whose length the header told
        }
        // the length is unknown until the body is read: read a copy, and leave the original to the route
        return server.byteBody().split().buffer().handle((body, failure) -> {
            if (failure != null) {
                return tooLarge(-1);
            }
            try (CloseableAvailableByteBody read = body) {
                long length = read.length();
                return length > limit ? tooLarge(length) : null;
            }
        });
    }

    private HttpResponse<?> tooLarge(long length) {
        String size = length >= 0 ? "[" + length + "]" : "";
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(new ErrorBody(
                "The content length " + size + " exceeds the maximum allowed content length [" + limit + "]"));
    }
}
