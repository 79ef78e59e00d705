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

    /** The selector's order: the residents' own languages first, then Dutch and English. */
    private static final List<Language> SELECTOR = List.of(Language.TI, Language.AR, Language.NL, Language.EN);
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
                .orElseThrow(() -> new InvalidRequestException("unknown language code; use one of nl, ar, ti, en"));
        // {name} (the tolk who claimed the conversation) is left in place for the page to fill in
        Map<String, Object> args = Map.of("max", AskRequest.MAX_CHARACTERS,
                "mb", Math.max(1, config.mediaMaxBytes() / (1024 * 1024)));
        Map<String, String> texts = new TreeMap<>();
        PREFIXES.forEach(prefix -> texts.putAll(messages.formatAll(prefix, lang.code(), args)));
        List<WebTexts.LanguageOption> options = SELECTOR.stream()
                .map(l -> new WebTexts.LanguageOption(l.code(), messages.format("language." + l.code(), l.code())))
                .toList();
        return new WebTexts(lang.code(), lang.isRightToLeft() ? "rtl" : "ltr", texts, options, config.mediaMaxBytes());
    }
}
