package nl.selam.bot.channel.web;

import nl.selam.bot.channel.telegram.TelegramStaffLinks;

/** A deliberate violation for {@code ArchitectureTest}: one channel using another. Never used. */
public final class ChannelViolation {
    TelegramStaffLinks links;
}
