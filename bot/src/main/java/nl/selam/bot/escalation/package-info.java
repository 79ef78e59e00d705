/**
 * The human queue: escalations per language (crisis first, then by age), the handlers that open and join them,
 * the staff desk (claim, reply, release, resolve, hand over) with its JSON endpoints, and the overdue check.
 */
package nl.selam.bot.escalation;
