package nl.selam.kb.analysis;

/**
 * Letter-form folding for Arabic beyond what Lucene's ArabicNormalizer does: hamza carriers, alef wasla,
 * Persian-keyboard letters, and the forms Lucene folds too (alef variants, taa marbuta, alef maqsura,
 * diacritics, tatweel), so the same function serves the safety patterns, which match without Lucene.
 */
public final class ArabicLetters {

    private ArabicLetters() {
    }

    public static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> out.append('ا');
                case 'ى', 'ی', 'ئ', 'ې' -> out.append('ي');
                case 'ؤ' -> out.append('و');
                case 'ة', 'ۀ', 'ہ', 'ە' -> out.append('ه');
                case 'ک' -> out.append('ك');
                case 'ـ', 'ء' -> { }
                default -> {
                    if (!isDiacritic(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static boolean isDiacritic(char c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED);
    }

    /** Arabic-Indic and Persian digits to ASCII digits. */
    public static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0660 && c <= 0x0669) {
                out.append((char) ('0' + c - 0x0660));
            } else if (c >= 0x06F0 && c <= 0x06F9) {
                out.append((char) ('0' + c - 0x06F0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
