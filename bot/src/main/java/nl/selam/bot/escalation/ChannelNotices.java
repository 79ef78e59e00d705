package nl.selam.bot.escalation;

import java.util.List;

/**
 * What a channel wants a tolk to know about replying to a resident right now (WhatsApp: more than 24 hours since
 * the resident wrote, so a reply goes out as a template message). Implemented inside the channel's own package and
 * shown on the console's conversation page, so the console knows no channel's rules.
 */
public interface ChannelNotices {

    /** Console label keys to show for this resident now, in order; empty when there is nothing to say. */
    List<String> about(long residentId, String channel);
}
