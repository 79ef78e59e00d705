package nl.selam.bot.ask;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.bot.system.StrictJsonObject;
import nl.selam.bot.system.UndecodableText;
import nl.selam.kb.analysis.TextCleaner;
import nl.selam.kb.language.Language;

/**
 * Reads and checks the JSON of an ask request. It parses the raw body itself so that every kind of bad input gets
 * a message naming the problem; messages never quote the body, because the body is what the resident wrote.
 */
@Singleton
class AskRequestParser {

    static final String LANGUAGES = "nl, ar, ti, en";

    private final StrictJsonObject json;

    AskRequestParser(StrictJsonObject json) {
        this.json = json;
    }

    AskRequest parse(String body) {
        JsonNode root = json.read(body, " like {\"text\": \"...\"}");
        return new AskRequest(text(root.get("text")), language(root.get("language")));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new InvalidRequestException("field 'text' is missing");
        }
        if (!node.isString()) {
            throw new InvalidRequestException("field 'text' must be a string");
        }
        String text = node.getStringValue();
        // Control characters first: a text of only control characters is an attack or a bug, not an empty question.
        if (TextCleaner.hasControlCharacters(text) || UndecodableText.in(text)) {
            throw new InvalidRequestException("field 'text' contains control characters or undecodable bytes");
        }
        int length = text.codePointCount(0, text.length());
        if (length > AskRequest.MAX_CHARACTERS) {
            throw new InvalidRequestException("field 'text' is too long: " + length + " characters, at most "
                    + AskRequest.MAX_CHARACTERS);
        }
        // TextCleaner also drops zero-width and bidi characters, so invisible-only text counts as empty.
        if (TextCleaner.clean(text).isEmpty()) {
            throw new InvalidRequestException("field 'text' is empty");
        }
        return text;
    }

    private static Language language(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidRequestException("field 'language' must be a string: one of " + LANGUAGES);
        }
        return Language.fromCode(node.getStringValue()).filter(Language::isAnswered)
                .orElseThrow(() -> new InvalidRequestException(
                        "field 'language' is not a supported language code; use one of " + LANGUAGES));
    }
}
