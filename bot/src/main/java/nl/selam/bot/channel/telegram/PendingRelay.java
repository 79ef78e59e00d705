package nl.selam.bot.channel.telegram;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A resident's message the claiming staff member has not yet received in Telegram. */
@Introspected
record PendingRelay(long id, long escalationId, String kind, @Nullable String text) {
}
