/**
 * The Telegram channel: the only package that knows Telegram's types. Updates arrive by long polling or through
 * the webhook controller, become channel-neutral inbound messages, and stored replies leave through
 * {@link nl.selam.bot.channel.telegram.TelegramSender} within Telegram's rate limits.
 */
package nl.selam.bot.channel.telegram;
