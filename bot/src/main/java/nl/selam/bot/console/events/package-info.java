/**
 * Live updates for the tolk's desk: {@code /console/events}, a server-sent event stream of what happened in the
 * staff member's languages (a new escalation, a resident's new message, a claim or hand-over, a conversation closed,
 * an erased crisis). Every instance polls the shared database about once a second, so a change made on one instance
 * reaches people connected to another; events carry ids and language codes only, never message text.
 */
package nl.selam.bot.console.events;
