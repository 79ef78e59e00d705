/**
 * The channels: one sub-package per channel (telegram, web; whatsapp), each mapping its wire format to and from the
 * core's contract ({@code conversation.contract}), and {@link nl.selam.bot.channel.ChannelGateway}, the one entry
 * every channel hands its events to. The core never imports this package.
 */
package nl.selam.bot.channel;
