package nl.selam.bot.system;

import io.micronaut.serde.annotation.Serdeable;

/** Every error this service answers: {@code {"error": "what went wrong"}}. */
@Serdeable
public record ErrorBody(String error) {
}
