package nl.selam.bot.channel.whatsapp;

import jakarta.inject.Singleton;
import nl.selam.bot.channel.InboundMessage;
import nl.selam.bot.conversation.ConversationService;
import nl.selam.bot.conversation.Resident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns a resident's WhatsApp message into what the conversation core takes, and hands it over. */
@Singleton
class InboundMapper {

    private static final int MAX_KEY = 100;

    private final ConversationService conversations;

    InboundMapper(ConversationService conversations) {
        this.conversations = conversations;
    }

    void handle(Resident resident, WebhookEvent.Incoming incoming) {
        String key = inboxKey(incoming.wamid());
        String user = resident.channelUserId();
        WebhookEvent.Content content = incoming.content();
        InboundMessage message;
        if (content instanceof WebhookEvent.Text text) {
            message = new InboundMessage(WhatsAppInbox.CHANNEL, key, user, text.body(), null);
        } else if (content instanceof WebhookEvent.Media media) {
            message = new InboundMessage(WhatsAppInbox.CHANNEL, key, user, MediaReference.of(media),
                    InboundMessage.Command.MEDIA);
        } else if (content instanceof WebhookEvent.Choice choice && "person".equals(choice.id())) {
            message = new InboundMessage(WhatsAppInbox.CHANNEL, key, user, null, InboundMessage.Command.PERSON);
        } else if (content instanceof WebhookEvent.Choice choice && "assistant".equals(choice.id())) {
            message = new InboundMessage(WhatsAppInbox.CHANNEL, key, user, null, InboundMessage.Command.ASSISTANT);
        } else if (content instanceof WebhookEvent.Choice choice) {
            message = new InboundMessage(WhatsAppInbox.CHANNEL, key, user, choice.title(), null);
        } else {
            message = new InboundMessage(WhatsAppInbox.CHANNEL, key, user, "/unsupported", null);
        }
        conversations.receive(message);
    }

    /** Meta's wamid, or its SHA-256 when it is longer than the inbox key column. */
    static String inboxKey(String wamid) {
        if (wamid.length() <= MAX_KEY) {
            return wamid;
        }
        try {
            return "h:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(wamid.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
