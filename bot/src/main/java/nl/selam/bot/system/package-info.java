/** Cross-cutting service concerns: the data directory, JSON error responses and security headers. */
package nl.selam.bot.system;
