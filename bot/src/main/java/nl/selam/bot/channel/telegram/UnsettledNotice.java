package nl.selam.bot.channel.telegram;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A notice whose escalation was claimed or closed, still showing its "take it" button. */
@Introspected
record UnsettledNotice(long id, long escalationId, long staffId, String chatId, long telegramMessageId, String state, String language,
                       @Nullable Long claimedBy) {
}
