package nl.selam.bot.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses a request body in a content coding the server does not decode (br, compress, made-up names) with 415, as
 * RFC 9110 advises: Netty would pass such a body on undecoded, to be read as if it were plain. gzip and deflate are
 * decoded by the server; a body that is not what it claims to be is a 400 ({@link MalformedRequestErrors}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ContentEncodingFilter {

    private static final Set<String> DECODED = Set.of("gzip", "x-gzip", "deflate", "x-deflate", "identity");

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        for (String value : request.getHeaders().getAll(HttpHeaders.CONTENT_ENCODING)) {
            for (String coding : value.split(",")) {
                if (!DECODED.contains(coding.strip().toLowerCase(Locale.ROOT))) {
                    return HttpResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(new ErrorBody(
                            "this Content-Encoding is not supported; send the body uncompressed, gzip or deflate"));
                }
            }
        }
        return null;
    }
}
