/**
 * The redacteuren's insight screens: a test box that shows what Selam makes of a message and why, the questions
 * Selam did not answer confidently (grouped by similarity), and residents' 👍/👎 per topic.
 */
package nl.selam.bot.console.insight;
