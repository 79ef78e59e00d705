package nl.selam.bot.support.whatsapp;

/** Stands for a WhatsApp client type in {@code ArchitectureTest}'s self-check (a package named like one). */
public class SomeWhatsAppClient {
}
