/**
 * Conversation routing: the inbox (one channel-neutral entry point, redelivery is a no-op), per-resident state,
 * the ordered handler chain that decides each turn, and the stored replies that leave through the outbox.
 */
package nl.selam.bot.conversation;
