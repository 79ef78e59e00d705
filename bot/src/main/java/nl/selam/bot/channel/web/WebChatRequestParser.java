package nl.selam.bot.channel.web;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import nl.selam.bot.ask.AskRequest;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.bot.system.StrictJsonObject;
import nl.selam.bot.system.UndecodableText;
import nl.selam.kb.analysis.TextCleaner;
import nl.selam.kb.language.Language;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and checks web chat JSON before anything is stored, so a bad request is refused whole. Error messages
 * name the problem and never quote the body.
 */
@Singleton
class WebChatRequestParser {

    private static final String CODES = String.join(", ", Language.answeredCodes());
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private final StrictJsonObject json;

    WebChatRequestParser(StrictJsonObject json) {
        this.json = json;
    }

    WebChatRequest message(String body) {
        JsonNode root = object(body);
        Action command = command(root.get("command"));
        String text = text(root.get("text"), command != null);
        return new WebChatRequest(id(root.get("id")), text, command, language(root.get("language"), false));
    }

    Language language(String body) {
        return language(object(body).get("language"), true);
    }

    boolean confirmed(String body) {
        JsonNode confirm = object(body).get("confirm");
        return confirm != null && confirm.isBoolean() && confirm.getBooleanValue();
    }

    private JsonNode object(String body) {
        return json.read(body, "");
    }

    private static String id(JsonNode node) {
        if (node == null || !node.isString() || !MESSAGE_ID.matcher(node.getStringValue()).matches()) {
            throw new InvalidRequestException("field 'id' must be 1 to 32 letters, digits, '-' or '_'");
        }
        return node.getStringValue();
    }

    private static Action command(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            switch (node.getStringValue()) {
                case "person":
                    return new Action.AskPerson();
                case "assistant":
                    return new Action.ReturnToAssistant();
                default:
                    break;
            }
        }
        throw new InvalidRequestException("field 'command' must be \"person\" or \"assistant\"");
    }

    private static String text(JsonNode node, boolean optional) {
        if (node == null || node.isNull()) {
            if (optional) {
                return null;
            }
            throw new InvalidRequestException("field 'text' is missing");
        }
        if (!node.isString()) {
            throw new InvalidRequestException("field 'text' must be a string");
        }
        String text = node.getStringValue();
        if (TextCleaner.hasControlCharacters(text) || UndecodableText.in(text)) {
            throw new InvalidRequestException("field 'text' contains control characters or undecodable bytes");
        }
        int length = text.codePointCount(0, text.length());
        if (length > AskRequest.MAX_CHARACTERS) {
            throw new InvalidRequestException("field 'text' is too long: " + length + " characters, at most "
                    + AskRequest.MAX_CHARACTERS);
        }
        if (TextCleaner.clean(text).isEmpty()) {
            if (optional) {
                return null;
            }
            throw new InvalidRequestException("field 'text' is empty");
        }
        return text;
    }

    private static Language language(JsonNode node, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidRequestException("field 'language' is missing; use one of " + CODES);
            }
            return null;
        }
        if (!node.isString()) {
            throw new InvalidRequestException("field 'language' must be a string: one of " + CODES);
        }
        return Language.fromCode(node.getStringValue().toLowerCase(Locale.ROOT)).filter(Language::isAnswered)
                .orElseThrow(() -> new InvalidRequestException(
                        "field 'language' is not a supported language code; use one of " + CODES));
    }
}
