package nl.selam.bot.channel.web;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * Everything the web chat page shows in one language.
 *
 * @param dir       {@code rtl} or {@code ltr}, for the page's {@code dir} attribute
 * @param texts     labels by key, already formatted
 * @param languages the selector's entries, each language named in itself
 * @param mediaMaxBytes the largest file the page may send, so it can say so before uploading
 */
@Serdeable
record WebTexts(String language, String dir, Map<String, String> texts, List<LanguageOption> languages,
                long mediaMaxBytes) {

    /** One selector entry, e.g. {@code ti} / ትግርኛ. */
    @Serdeable
    record LanguageOption(String code, String name) {
    }
}
