package nl.selam.bot.channel.whatsapp;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The settings every WhatsApp test starts Selam with, pointed at a {@link FakeCloudApi}. */
final class WhatsAppSettings {

    static final String APP_SECRET = "meta-app-secret-for-tests";
    static final String VERIFY_TOKEN = "verify-token-for-tests";

    private WhatsAppSettings() {
    }

    static Map<String, String> of(FakeCloudApi api) {
        Map<String, String> p = new HashMap<>();
        p.put("selam.whatsapp.token", FakeCloudApi.TOKEN);
        p.put("selam.whatsapp.phone-number-id", FakeCloudApi.PHONE_NUMBER_ID);
        p.put("selam.whatsapp.app-secret", APP_SECRET);
        p.put("selam.whatsapp.verify-token", VERIFY_TOKEN);
        p.put("selam.whatsapp.api-url", api.url());
        p.put("selam.whatsapp.number-hash-key", "number-hash-key-for-tests-32-characters");
        p.put("selam.whatsapp.number-key", Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        p.put("selam.whatsapp.per-recipient", "50ms");
        p.put("selam.whatsapp.rate-backoff", "1s");
        p.put("selam.whatsapp.templates.nl", "selam_antwoord");
        p.put("selam.whatsapp.templates.ar", "selam_antwoord_ar");
        p.put("selam.whatsapp.templates.en", "selam_reply");
        p.put("selam.conversation.flood-limit", "1000");
        return p;
    }
}
