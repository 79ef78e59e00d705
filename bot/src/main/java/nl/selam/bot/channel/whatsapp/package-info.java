/**
 * The WhatsApp Business Cloud API channel: the only package that knows the Cloud API's JSON. Webhook posts are
 * checked against the app secret, stored through the conversation core, and stored replies leave through
 * {@link nl.selam.bot.channel.whatsapp.WhatsAppSender} within Meta's limits and its 24-hour window. A resident's
 * phone number is kept only as a keyed hash (who they are) and sealed with AES-GCM (where to deliver).
 */
package nl.selam.bot.channel.whatsapp;
