package nl.selam.bot.channel.whatsapp;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keeps a resident's phone number ({@code wa_id}) out of the database in clear. {@link #residentKey} is a keyed
 * hash (HMAC-SHA256): the same number always gives the same resident, but the key is needed to test a guessed
 * number, and phone numbers are few enough to guess without one. {@link #seal} encrypts the number with AES-GCM for
 * delivery only, bound to the resident's key so a sealed number cannot be moved to another resident's row.
 */
@Singleton
class NumberVault {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final byte[] hashKey;
    private final SecretKeySpec sealKey;

    NumberVault(WhatsAppConfiguration config) {
        this.hashKey = config.numberHashKey() == null ? new byte[0]
                : config.numberHashKey().getBytes(StandardCharsets.UTF_8);
        this.sealKey = isKey(config.numberKey()) ? new SecretKeySpec(decode(config.numberKey()), "AES") : null;
    }

    /** Whether the setting is base64 of a 32-byte key. */
    static boolean isKey(@Nullable String setting) {
        byte[] key = setting == null ? null : decode(setting);
        return key != null && key.length == 32;
    }

    /** The resident's pseudonymous key on this channel: the same for the same number, opaque without the key. */
    String residentKey(String waId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hashKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(normalise(waId).getBytes(StandardCharsets.UTF_8));
            return "wa:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The number, encrypted for delivery; {@code residentKey} is authenticated with it. */
    String seal(String waId, String residentKey) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(residentKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(normalise(waId).getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The number back, for the one request that delivers to it; throws when the seal was tampered with. */
    String open(String sealed, String residentKey) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a sealed number");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(residentKey.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // never the number or the ciphertext: the type says enough
            throw new IllegalStateException("the sealed number does not open with this key", e);
        }
    }

    private SecretKeySpec requireKey() {
        if (sealKey == null) {
            throw new IllegalStateException("WHATSAPP_NUMBER_KEY is not set");
        }
        return sealKey;
    }

    // Meta sends wa_id as digits only; anything else (a + or spaces from a test) is dropped so one number is one key.
    private static String normalise(String waId) {
        return waId.replaceAll("[^0-9]", "");
    }

    @Nullable
    private static byte[] decode(String setting) {
        try {
            return Base64.getDecoder().decode(setting.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
