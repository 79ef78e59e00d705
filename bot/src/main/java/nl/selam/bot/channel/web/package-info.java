/**
 * The resident web chat channel: the page under {@code public/}, its texts at {@code GET /api/texts/{lang}}, and
 * {@code /api/chat/*}, which feeds the same conversation pipeline as every other channel.
 */
package nl.selam.bot.channel.web;
