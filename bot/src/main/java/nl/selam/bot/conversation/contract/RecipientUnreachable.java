package nl.selam.bot.conversation.contract;

/** The resident cannot be reached on this channel (e.g. they blocked the bot); retrying would not help. */
public class RecipientUnreachable extends Exception {

    public RecipientUnreachable() {
        super("recipient unreachable", null, false, false);
    }
}
