package nl.selam.bot.system;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reads a request body that must be exactly one JSON object, refusing anything else with an
 * {@link InvalidRequestException} that names the problem but never quotes the body (the body is what a resident wrote).
 */
@Singleton
public class StrictJsonObject {

    // Strict syntax check: the tree reader alone would accept {"text": "a"}} by ignoring what follows, and would
    // silently pick one of two "text" fields.
    private static final JsonFactory SYNTAX = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonMapper json;

    public StrictJsonObject(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param example how a valid body looks, appended to the error for an empty or non-object body
     *                (e.g. " like {\"text\": \"...\"}"), or empty
     */
    public JsonNode read(String body, String example) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("request body is empty; send a JSON object" + example);
        }
        JsonNode root = readJson(body);
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException("request body must be a JSON object" + example);
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
}
