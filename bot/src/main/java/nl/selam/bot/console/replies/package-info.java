/**
 * Saved replies: short texts per language that every tolk and sleutelpersoon of that language shares, searchable,
 * with placeholders ({voornaam}, {gemeente.naam}, ...) filled in when inserted into a reply. Managed at
 * {@code /console/replies}; offered beside the FAQ insert on the conversation page.
 */
package nl.selam.bot.console.replies;
