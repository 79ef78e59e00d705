package nl.selam.kb.analysis;

/**
 * Letter-level folding for Tigrinya in Ge'ez script.
 *
 * <p>Only letters that Tigrinya writers interchange for the same sound are folded: ሠ→ሰ, ፀ→ጸ, ኀ→ሀ, and the
 * first order of the laryngeals to the fourth (ሀ→ሃ, ሐ→ሓ, አ→ኣ, ዐ→ዓ). The Amharic folds ሐ→ሀ, ዐ→አ and ኸ→ሀ are
 * deliberately absent: those are distinct sounds in Tigrinya (see shared/notes/language.md §1.2).
 */
public final class GeezLetters {

    private GeezLetters() {
    }

    public static int fold(int c) {
        if (c >= 0x1220 && c <= 0x1227) {         // ሠ row -> ሰ row
            c = c - 0x1220 + 0x1230;
        } else if (c >= 0x1340 && c <= 0x1346) {  // ፀ row -> ጸ row
            c = c - 0x1340 + 0x1338;
        } else if (c >= 0x1280 && c <= 0x1286) {  // ኀ row -> ሀ row
            c = c - 0x1280 + 0x1200;
        } else if (c == 0x1288 || (c >= 0x128A && c <= 0x128D)) { // labialised ኈ row -> ሀ row (rare)
            c = 0x1200;
        }
        // first order of the laryngeals is pronounced like the fourth: write the fourth, as modern Tigrinya does
        return switch (c) {
            case 0x1200 -> 0x1203; // ሀ -> ሃ
            case 0x1210 -> 0x1213; // ሐ -> ሓ
            case 0x12A0 -> 0x12A3; // አ -> ኣ
            case 0x12D0 -> 0x12D3; // ዐ -> ዓ
            default -> c;
        };
    }

    public static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(fold(c)));
        return out.toString();
    }

    /** True for a syllable of the main Ethiopic block. */
    public static boolean isSyllable(int c) {
        return c >= 0x1200 && c <= 0x135A;
    }

    /**
     * The consonant of a syllable written in its sixth (vowel-less) order, so ሰበረ, ይሰብር and ተሰቢሩ share ስብር.
     * Spirants ቐ/ኸ are mapped to ቅ/ክ here: in a root key they are the same consonant.
     */
    public static int sixthOrder(int c) {
        if (!isSyllable(c)) {
            return c;
        }
        int base = c - ((c - 0x1200) % 8);
        int sixth = base + 5;
        if (sixth >= 0x1250 && sixth <= 0x125D) {
            sixth = 0x1245; // ቕ -> ቅ
        } else if (sixth >= 0x12B8 && sixth <= 0x12C5) {
            sixth = 0x12AD; // ኽ -> ክ
        }
        return sixth;
    }

    /** Ethiopic digits ፩-፱ and tens ፲-፺ to an Arabic numeral string; other text unchanged. */
    public static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int pending = 0;
        boolean inNumber = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x1369 && c <= 0x1371) {
                pending += c - 0x1368;
                inNumber = true;
            } else if (c >= 0x1372 && c <= 0x137A) {
                pending += (c - 0x1371) * 10;
                inNumber = true;
            } else if (c == 0x137B) {
                pending = (pending == 0 ? 1 : pending) * 100;
                inNumber = true;
            } else {
                if (inNumber) {
                    out.append(pending);
                    pending = 0;
                    inNumber = false;
                }
                out.append(c);
            }
        }
        if (inNumber) {
            out.append(pending);
        }
        return out.toString();
    }
}
