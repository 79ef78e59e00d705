package nl.selam.bot.console.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Something that changed on the desk, as the page receives it (JSON in an SSE {@code data:} line).
 *
 * @param type       {@code escalation} (new), {@code message} (a resident wrote), {@code claimed} (claimed, assigned
 *                   or handed on), {@code closed} (released, resolved, handed over, back with Selam), {@code erased}
 *                   (a crisis whose resident erased their data)
 * @param escalation the escalation it is about, or null for {@code erased}
 * @param language   the queue's language
 * @param urgent     a crisis
 * @param byMe       for the receiver: they did it themselves
 * @param toMe       for the receiver: it was handed or assigned to them
 */
@Serdeable
public record DeskEvent(String type, @Nullable Long escalation, String language, boolean urgent, boolean byMe,
                        boolean toMe) {
}
