/** The channel-neutral contract: what channel adapters hand in, and how stored replies go out. */
package nl.selam.bot.channel;
