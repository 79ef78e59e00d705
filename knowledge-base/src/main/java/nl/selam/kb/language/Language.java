package nl.selam.kb.language;

import java.util.Locale;
import java.util.Optional;

/**
 * Languages Selam answers in, plus the ones it recognises only to hand over to a person
 * (Amharic, Persian/Dari) and {@link #UND} for "cannot tell".
 */
public enum Language {
    NL("nl", true),
    AR("ar", true),
    TI("ti", true),
    EN("en", true),
    AM("am", false),
    FA("fa", false),
    UND("und", false);

    private final String code;
    private final boolean answered;

    Language(String code, boolean answered) {
        this.code = code;
        this.answered = answered;
    }

    public String code() {
        return code;
    }

    /** True for the four languages the FAQ is written in. */
    public boolean isAnswered() {
        return answered;
    }

    public boolean isRightToLeft() {
        return this == AR || this == FA;
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

    /** The four languages with FAQ content, in a stable order. */
    public static Language[] answeredLanguages() {
        return new Language[] {NL, AR, TI, EN};
    }
}
