package nl.selam.bot.ask;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.kb.analysis.TextCleaner;
import nl.selam.kb.language.Language;

import java.io.IOException;

/**
 * Reads and checks the JSON of an ask request. It parses the raw body itself so that every kind of bad input gets
 * a message naming the problem; messages never quote the body, because the body is what the resident wrote.
 */
@Singleton
class AskRequestParser {

    static final String LANGUAGES = "nl, ar, ti, en";

    // Strict syntax check: the tree reader alone would accept {"text": "a"}} by ignoring what follows, and would
    // silently pick one of two "text" fields.
    private static final JsonFactory SYNTAX = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonMapper json;

    AskRequestParser(JsonMapper json) {
        this.json = json;
    }

    AskRequest parse(String body) {
        JsonNode root = readObject(body);
        return new AskRequest(text(root.get("text")), language(root.get("language")));
    }

    private JsonNode readObject(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("request body is empty; send a JSON object like {\"text\": \"...\"}");
        }
        JsonNode root = readJson(body);
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException("request body must be a JSON object like {\"text\": \"...\"}");
        }
        return root;
    }

    private JsonNode readJson(String body) {
        try {
            if (isSingleJsonValue(body)) {
                return json.readValue(body, JsonNode.class);
            }
        } catch (IOException | RuntimeException e) {
            // fall through: the parser's own message may quote the body, so it is not passed on
        }
        throw new InvalidRequestException("request body is not valid JSON");
    }

    private static boolean isSingleJsonValue(String body) throws IOException {
        try (JsonParser parser = SYNTAX.createParser(body)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        }
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
        if (TextCleaner.hasControlCharacters(text)) {
            throw new InvalidRequestException("field 'text' contains control characters");
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
