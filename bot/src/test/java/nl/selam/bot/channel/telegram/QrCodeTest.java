package nl.selam.bot.channel.telegram;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The QR code on the account page, read back from its SVG by ZXing's reader: it holds exactly the deep link. */
class QrCodeTest {

    private static final Pattern SQUARE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");

    @Test
    void theDataUriDecodesToTheDeepLink() throws Exception {
        String link = "https://t.me/SelamGemeenteBot?start=e6cs77spwx";
        String uri = QrCode.dataUri(link, "Telegram \"<link>\"");
        assertTrue(uri.startsWith("data:image/svg+xml;base64,"));
        String svg = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertTrue(svg.contains("aria-label=\"Telegram &quot;&lt;link&gt;&quot;\""), "the label is escaped");
        assertFalse(svg.contains("<script"));

        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find());
        int modules = Integer.parseInt(box.group(1));
        int scale = 6;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher square = SQUARE.matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size + x * scale + dx] = 0xFF000000;
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        assertEquals(link, new QRCodeReader().decode(bitmap,
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText());
    }
}
