package nl.selam.bot.channel.whatsapp;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * WhatsApp settings ({@code selam.whatsapp.*}, see application.yml for the environment variables).
 *
 * @param token             the Cloud API access token (a system user's permanent token)
 * @param phoneNumberId     the business number's id; messages go to {@code {apiUrl}/{phoneNumberId}/messages}
 * @param appSecret         the Meta app's secret: every webhook post is signed with it
 * @param verifyToken       what Meta sends back when the webhook is registered ({@code hub.verify_token})
 * @param apiUrl            the Graph API base including its version
 * @param numberHashKey     keys the hash that identifies a resident by their number (32+ characters)
 * @param numberKey         base64 of the 32-byte AES key that seals the number for delivery
 * @param perSecond         messages per second over all residents (Cloud API throughput is 80/s by default)
 * @param perRecipient      the least time between two messages to one resident (Meta's pair rate limit)
 * @param rateBackoff       the first pause after 130429 (rate hit); doubled while it repeats, at most 5 minutes
 * @param templates         the approved template's name per reply language, for replies outside the 24-hour window
 * @param templateLanguages the language code Meta knows each template under, when it is not the reply language
 *                          (Meta has no Tigrinya templates: one registered under {@code en} can still be in Tigrinya)
 */
@ConfigurationProperties("selam.whatsapp")
record WhatsAppConfiguration(@Nullable String token,
                             @Nullable String phoneNumberId,
                             @Nullable String appSecret,
                             @Nullable String verifyToken,
                             @Bindable(defaultValue = "https://graph.facebook.com/v21.0") String apiUrl,
                             @Nullable String numberHashKey,
                             @Nullable String numberKey,
                             @Bindable(defaultValue = "50") int perSecond,
                             @Bindable(defaultValue = "1s") Duration perRecipient,
                             @Bindable(defaultValue = "2s") Duration rateBackoff,
                             @Nullable Map<String, String> templates,
                             @Nullable Map<String, String> templateLanguages) {

    /** One approved template: its name and the language code Meta knows it under. */
    record Template(String name, String code) {
    }

    boolean enabled() {
        return missing().isEmpty();
    }

    /** The settings still missing before WhatsApp can be switched on (names only, never values). */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!new Secret(token).isSet()) {
            missing.add("WHATSAPP_TOKEN");
        }
        if (phoneNumberId == null || phoneNumberId.isBlank()) {
            missing.add("WHATSAPP_PHONE_NUMBER_ID");
        }
        if (!new Secret(appSecret).isSet()) {
            missing.add("WHATSAPP_APP_SECRET");
        }
        if (!new Secret(verifyToken).isSet()) {
            missing.add("WHATSAPP_VERIFY_TOKEN");
        }
        if (numberHashKey == null || numberHashKey.length() < 32) {
            missing.add("WHATSAPP_NUMBER_HASH_KEY");
        }
        if (!NumberVault.isKey(numberKey)) {
            missing.add("WHATSAPP_NUMBER_KEY");
        }
        return missing;
    }

    /** Whether any WhatsApp setting is there at all (then a missing one is worth a warning, not a quiet "off"). */
    boolean anySet() {
        return missing().size() < 6;
    }

    Secret accessToken() {
        return new Secret(token);
    }

    Secret secret() {
        return new Secret(appSecret);
    }

    Secret verify() {
        return new Secret(verifyToken);
    }

    /** The template for a reply language, falling back to English, then Dutch; null when none is set. */
    @Nullable
    Template template(String language) {
        Map<String, String> names = templates == null ? Map.of() : templates;
        Map<String, String> codes = templateLanguages == null ? Map.of() : templateLanguages;
        for (String candidate : new String[]{language, "en", "nl"}) {
            String name = names.get(candidate);
            if (name != null && !name.isBlank()) {
                String code = codes.get(candidate);
                return new Template(name.strip(), code == null || code.isBlank() ? candidate : code.strip());
            }
        }
        return null;
    }

    /** Whether any template is set (then every language has one, by the fallback to English and Dutch). */
    boolean hasAnyTemplate() {
        return templates != null && templates.values().stream().anyMatch(n -> n != null && !n.isBlank());
    }

    @Override
    public String toString() {
        return "WhatsAppConfiguration[token=[REDACTED], phoneNumberId=" + phoneNumberId + ", appSecret=[REDACTED], "
                + "verifyToken=[REDACTED], apiUrl=" + apiUrl + ", numberHashKey=[REDACTED], numberKey=[REDACTED]]";
    }
}
