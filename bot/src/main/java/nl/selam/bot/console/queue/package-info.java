/**
 * The console screens of tolken and sleutelpersonen: the queue of their languages with a live counter, and one
 * escalation's conversation with claim, reply (with an FAQ answer to edit), release, resolve, hand over and
 * "suggest as FAQ". Every action goes through {@link nl.selam.bot.escalation.StaffDesk}, as the JSON staff API does;
 * this package adds only the pages and the check that a tolk sees nothing outside their own languages.
 */
package nl.selam.bot.console.queue;
