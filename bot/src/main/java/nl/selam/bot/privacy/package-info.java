/** Privacy: a resident's erase command, and the retention job that deletes closed conversations after N days. */
package nl.selam.bot.privacy;
