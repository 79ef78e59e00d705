package nl.selam.kb.analysis;

import java.text.Normalizer;

/**
 * Makes raw resident text safe to analyse: Unicode NFKC, no control or bidi-override characters, no zero-width
 * joiners inside words, collapsed whitespace. Emoji stay; they carry no words and are ignored later.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!isInvisible(c) && !Character.isISOControl(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Bidi controls, zero-width characters and the BOM: invisible, and a way to hide or reorder text. */
    public static boolean isInvisible(char c) {
        return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF || c == 0x061C || c == 0x00AD;
    }

    /** True when the text holds a control character other than ordinary whitespace. */
    public static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** True when the text has at least one letter in any script. */
    public static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
