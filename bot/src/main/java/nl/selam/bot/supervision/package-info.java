/**
 * The supervisor's view at {@code /console/supervision} (issue 15), for beheerders and teamleiders: the live queue
 * per language and responder type against the promised waiting time, claims per staff member, crises today, and
 * charts over days and weeks (ECharts, served from its webjar) with a CSV export. Aggregates only.
 */
package nl.selam.bot.supervision;
