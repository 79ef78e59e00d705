/** Residents' 👍/👎 on Selam's answers, kept per answer for the editors. */
package nl.selam.bot.feedback;
