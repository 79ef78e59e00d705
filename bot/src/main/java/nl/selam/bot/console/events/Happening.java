package nl.selam.bot.console.events;

import io.micronaut.core.annotation.Nullable;

/**
 * One change seen in the database, before it is addressed to anyone.
 *
 * @param key   unique per change, so a change seen twice (overlapping polls) is sent once
 * @param actor the staff member who did it, or null
 * @param to    the staff member it was handed or assigned to, or null
 */
record Happening(String key, String type, @Nullable Long escalation, String language, boolean urgent,
                 @Nullable Long actor, @Nullable Long to) {

    DeskEvent forStaff(long staffId) {
        return new DeskEvent(type, escalation, language, urgent, actor != null && actor == staffId,
                to != null && to == staffId);
    }
}
