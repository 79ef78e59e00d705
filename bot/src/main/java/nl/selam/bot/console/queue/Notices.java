package nl.selam.bot.console.queue;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/** The outcomes a page may be told about after a redirect ({@code ?notice=...}); anything else is ignored. */
final class Notices {

    static final String CLAIMED = "claimed";
    static final String REPLIED = "replied";
    static final String RELEASED = "released";
    static final String RESOLVED = "resolved";
    static final String HANDED_OVER = "handedover";
    static final String SUGGESTED = "suggested";
    static final String ASSIGNED = "assigned";
    static final String NOTED = "noted";
    static final String FILE_SENT = "filesent";
    static final String FILE_REFUSED = "filerefused";
    static final String CLOSED_ERASED = "erasedclosed";
    static final String CONFLICT = "conflict";
    static final String INVALID = "invalid";

    private static final Set<String> ERRORS = Set.of(CONFLICT, INVALID, FILE_REFUSED);
    private static final Set<String> ALL = Set.of(CLAIMED, REPLIED, RELEASED, RESOLVED, HANDED_OVER, SUGGESTED,
            ASSIGNED, NOTED, FILE_SENT, FILE_REFUSED, CLOSED_ERASED, CONFLICT, INVALID);

    private Notices() {
    }

    /** The notice if it is one of ours, else null (nothing from the address is ever shown as such). */
    @Nullable
    static String known(@Nullable String notice) {
        return notice != null && ALL.contains(notice) ? notice : null;
    }

    static boolean isError(@Nullable String notice) {
        return notice != null && ERRORS.contains(notice);
    }
}
