/** The outbox: every outgoing message is stored first, then delivered at least once, retried, or parked. */
package nl.selam.bot.outbox;
