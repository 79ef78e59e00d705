package nl.selam.bot.channel.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * A refusal from the Cloud API, classified by Meta's error code ({@code {"error":{"code":131047,...}}}) and the HTTP
 * status. Keeps only the numbers: Meta's message text can quote what was sent.
 */
final class CloudApiError extends Exception {

    /** What Selam does about it. */
    enum Kind {
        /** 130429 and kin: the business number's throughput was hit; everyone waits, with growing backoff. */
        RATE_LIMIT,
        /** 131056: too many messages to this one resident; only they wait. */
        PAIR_RATE_LIMIT,
        /** 131047: more than 24 hours since the resident wrote; only a template may go out. */
        RE_ENGAGEMENT,
        /** 131026 and kin: the number cannot receive this (not on WhatsApp, old app, blocked us). */
        UNDELIVERABLE,
        /** 5xx and Meta's "try again later" codes: retried by the outbox with backoff. */
        RETRY,
        /** Anything else (bad token, bad parameter, unknown template): retried, then parked for a beheerder. */
        PERMANENT
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RATE = Set.of(4, 80007, 130429, 131048);
    private static final Set<Integer> UNDELIVERABLE_CODES = Set.of(131026, 131045, 131049, 131050);
    private static final Set<Integer> TRANSIENT = Set.of(1, 2, 131000, 131016, 133004);

    private final int httpStatus;
    private final Integer code;

    CloudApiError(int httpStatus, @Nullable Integer code) {
        super("Cloud API refused: HTTP " + httpStatus + ", code " + code, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    /** From the HTTP status and the error body (which may be missing or not JSON). */
    static CloudApiError of(int httpStatus, @Nullable String body) {
        return new CloudApiError(httpStatus, code(body));
    }

    @Nullable
    Integer code() {
        return code;
    }

    int httpStatus() {
        return httpStatus;
    }

    Kind kind() {
        return classify(httpStatus, code);
    }

    static Kind classify(int httpStatus, @Nullable Integer code) {
        if (code != null) {
            if (RATE.contains(code)) {
                return Kind.RATE_LIMIT;
            }
            if (code == 131056) {
                return Kind.PAIR_RATE_LIMIT;
            }
            if (code == 131047) {
                return Kind.RE_ENGAGEMENT;
            }
            if (UNDELIVERABLE_CODES.contains(code)) {
                return Kind.UNDELIVERABLE;
            }
            if (TRANSIENT.contains(code)) {
                return Kind.RETRY;
            }
        }
        if (httpStatus == 429) {
            return Kind.RATE_LIMIT;
        }
        return httpStatus >= 500 ? Kind.RETRY : Kind.PERMANENT;
    }

    @Nullable
    private static Integer code(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode code = JSON.readTree(body).path("error").path("code");
            return code.canConvertToInt() ? code.asInt() : null;
        } catch (Exception e) {
            return null; // an HTML error page from a proxy: the status decides
        }
    }
}
