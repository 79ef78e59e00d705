/** The resident web chat: static page under {@code public/} plus its texts at {@code GET /api/texts/{lang}}. */
package nl.selam.bot.channel.web;
