/** The console's FAQ pages (editor, review, history, export) and the tolken's translation tasks; the workflow itself is in {@code nl.selam.bot.faq}. */
package nl.selam.bot.console.faq;
