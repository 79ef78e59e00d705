package nl.selam.bot.conversation;

import nl.selam.bot.channel.ChannelGateway;
import nl.selam.bot.support.whatsapp.SomeWhatsAppClient;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Deliberate violations, only for {@code ArchitectureTest} to prove its rules can fail; never used. */
public final class ArchitectureViolations {

    private ArchitectureViolations() {
    }

    /** The core using a channel (and, with ChannelGateway using the core, a cycle). */
    public static final class CoreUsingAChannel {
        ChannelGateway gateway;
    }

    /** The core using a Telegram type. */
    public static final class CoreUsingTelegram {
        Update update;
    }

    /** The core using a WhatsApp client type. */
    public static final class CoreUsingWhatsApp {
        SomeWhatsAppClient client;
    }
}
