package nl.selam.kb.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one registry of languages: those Selam answers in, plus the ones it recognises only to hand over to a person
 * (Amharic, Persian/Dari) and {@link #UND} for "cannot tell". Every list of languages in Java, the templates and
 * the scripts derives from this enum, and right-to-left is decided here only; adding a language is an entry here
 * plus its content (catalogues, FAQ texts, lexicons, safety patterns; {@code LanguageRegistryTest} checks them).
 * The declaration order is the stable order of tables and files (Dutch first); {@link #offeredToResidents()} is the
 * order residents see on language buttons (their own languages first).
 */
public enum Language {
    NL("nl", true, Direction.LTR, "Nederlands", "Latn", 3),
    AR("ar", true, Direction.RTL, "العربية", "Arab", 2),
    TI("ti", true, Direction.LTR, "ትግርኛ", "Ethi", 1),
    EN("en", true, Direction.LTR, "English", "Latn", 4),
    AM("am", false, Direction.LTR, "አማርኛ", "Ethi", 0),
    FA("fa", false, Direction.RTL, "فارسی", "Arab", 0),
    UND("und", false, Direction.LTR, "", "Zyyy", 0);

    /** Which way a language's text runs. */
    public enum Direction {
        LTR, RTL;

        /** The value of HTML's {@code dir} attribute. */
        public String html() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String code;
    private final boolean answered;
    private final Direction direction;
    private final String nativeName;
    private final String script;
    private final int offerRank;

    Language(String code, boolean answered, Direction direction, String nativeName, String script, int offerRank) {
        this.code = code;
        this.answered = answered;
        this.direction = direction;
        this.nativeName = nativeName;
        this.script = script;
        this.offerRank = offerRank;
    }

    /** The ISO 639-1 code (or {@code und}), as stored and as in the catalogues' file names. */
    public String code() {
        return code;
    }

    /** True for the languages the FAQ is written in and Selam answers in. */
    public boolean isAnswered() {
        return answered;
    }

    public Direction direction() {
        return direction;
    }

    public boolean isRightToLeft() {
        return direction == Direction.RTL;
    }

    /** The language's name in itself, as on a language button. */
    public String nativeName() {
        return nativeName;
    }

    /** The ISO 15924 code of the script it is written in. */
    public String script() {
        return script;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Every language's HTML {@code dir} value by code, for templates ({@code th:dir="${dirs[code]}"}). */
    public static java.util.Map<String, String> htmlDirections() {
        java.util.Map<String, String> dirs = new java.util.LinkedHashMap<>();
        for (Language l : values()) {
            dirs.put(l.code, l.direction.html());
        }
        return java.util.Collections.unmodifiableMap(dirs);
    }

    /** Right-to-left for this code; unknown codes run left to right. */
    public static Direction directionOf(String code) {
        return fromCode(code).map(Language::direction).orElse(Direction.LTR);
    }

    /** The languages Selam answers in, in the order residents see them on buttons and pickers (their own first). */
    public static List<Language> offeredToResidents() {
        return Arrays.stream(values()).filter(Language::isAnswered)
                .sorted(java.util.Comparator.comparingInt(l -> l.offerRank)).toList();
    }

    /** The languages Selam answers in, in declaration order (Dutch first): the order of tables and files. */
    public static Language[] answeredLanguages() {
        return Arrays.stream(values()).filter(Language::isAnswered).toArray(Language[]::new);
    }

    /**
     * The codes of every language a person can be needed for: those Selam answers in and those it only recognises
     * to hand over (a tolk may speak Amharic or Dari), in declaration order; not {@link #UND}.
     */
    public static List<String> staffedCodes() {
        return Arrays.stream(values()).filter(l -> l != UND).map(Language::code).toList();
    }

    /** The codes of {@link #answeredLanguages()}, in that order. */
    public static List<String> answeredCodes() {
        return Arrays.stream(values()).filter(Language::isAnswered).map(Language::code).toList();
    }
}
