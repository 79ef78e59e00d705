package nl.selam.bot.channel.telegram;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * A QR code as an SVG data URI, drawn on the server with ZXing: the console page needs no script and loads nothing
 * from elsewhere (the content security policy allows neither, but allows {@code data:} images). One path of unit
 * squares with the quiet zone the standard asks for, scaled by the browser.
 */
final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** An {@code <img src>} value showing the code for this text. */
    static String dataUri(String text, String label) {
        return "data:image/svg+xml;base64," + java.util.Base64.getEncoder()
                .encodeToString(svg(text, label).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The SVG markup for this text; the text is only ever a link Selam made, but it is encoded, never inserted. */
    static String svg(String text, String label) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR code for this text", e);
        }
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"220\" height=\"220\" role=\"img\" aria-label=\"" + escape(label)
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
