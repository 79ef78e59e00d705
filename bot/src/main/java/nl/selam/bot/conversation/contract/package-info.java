/**
 * The channel contract, owned by the conversation core: what a channel adapter hands in ({@link
 * nl.selam.bot.conversation.contract.InboundEvent}), what it is asked to deliver ({@link
 * nl.selam.bot.conversation.contract.OutboundReply} through {@link nl.selam.bot.conversation.contract.ChannelSender}),
 * and the typed choices both carry. No database entity and no channel type crosses it; see docs/channels.md.
 */
package nl.selam.bot.conversation.contract;
