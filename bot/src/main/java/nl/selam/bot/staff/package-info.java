/** Staff accounts (tolk, sleutelpersoon, redacteur, beheerder), the audit trail and the staff API token check. */
package nl.selam.bot.staff;
