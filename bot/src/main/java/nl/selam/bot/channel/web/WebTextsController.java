package nl.selam.bot.channel.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import nl.selam.bot.ask.AskRequest;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Serves the web chat its texts from the translations catalogues, so the page itself holds no wording. */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/texts")
class WebTextsController {

    private static final List<String> PREFIXES = List.of("web.", "error.", "language.");

    private final Messages messages;
    private final WebChatConfiguration config;

    WebTextsController(Messages messages, WebChatConfiguration config) {
        this.messages = messages;
        this.config = config;
    }

    @Get("/{language}")
    WebTexts texts(@PathVariable String language) {
        Language lang = Language.fromCode(language).filter(l -> messages.supports(l.code()))
                .orElseThrow(() -> new InvalidRequestException("unknown language code; use one of "
                        + String.join(", ", Language.answeredCodes())));
        // {name} (the tolk who claimed the conversation) is left in place for the page to fill in
        Map<String, Object> args = Map.of("max", AskRequest.MAX_CHARACTERS,
                "mb", Math.max(1, config.mediaMaxBytes() / (1024 * 1024)));
        Map<String, String> texts = new TreeMap<>();
        PREFIXES.forEach(prefix -> texts.putAll(messages.formatAll(prefix, lang.code(), args)));
        List<WebTexts.LanguageOption> options = Language.offeredToResidents().stream()
                .map(l -> new WebTexts.LanguageOption(l.code(), l.nativeName())).toList();
        return new WebTexts(lang.code(), lang.direction().html(), texts, options, config.mediaMaxBytes());
    }

    /** The languages the page offers, residents' own first, each named in itself: the page keeps no list of its own. */
    @Get
    Languages languages() {
        return new Languages(Language.offeredToResidents().stream()
                .map(l -> new Languages.Option(l.code(), l.nativeName(), l.direction().html())).toList());
    }

    /** {@code {"languages": [{"code": "ti", "name": "ትግርኛ", "dir": "ltr"}, ...]}}. */
    @io.micronaut.serde.annotation.Serdeable
    record Languages(List<Option> languages) {

        /** One language the page offers, named in itself, with the direction its text runs. */
        @io.micronaut.serde.annotation.Serdeable
        record Option(String code, String name, String dir) {
        }
    }
}
