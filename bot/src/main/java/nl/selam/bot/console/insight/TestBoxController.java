package nl.selam.bot.console.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import nl.selam.bot.ask.AskRequest;
import nl.selam.kb.analysis.TextCleaner;
import nl.selam.kb.language.Language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/testbox}: a redacteur types a message and sees what Selam would do and why. The message is
 * posted (never put in an address, where it would end up in histories and access logs) and not stored. The page
 * is a plain form; with htmx only the result panel is replaced.
 */
@Controller(value = "/console/testbox", produces = MediaType.TEXT_HTML)
@Secured({"REDACTEUR", "BEHEERDER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TestBoxController {

    static final List<String> LANGUAGES = nl.selam.kb.language.Language.answeredCodes();

    private final TestBox box;

    TestBoxController(TestBox box) {
        this.box = box;
    }

    @Get
    @View("console/insight/testbox")
    Map<String, Object> show() {
        return page("", "");
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("console/insight/testbox")
    Map<String, Object> test(@Body TestForm form) {
        String text = form.text() == null ? "" : form.text();
        String language = form.language() == null ? "" : form.language().strip();
        Map<String, Object> model = page(text, language);
        Language chosen = Language.fromCode(language).filter(Language::isAnswered).orElse(null);
        String problem = problem(text, language, chosen);
        if (problem != null) {
            model.put("error", problem);
        } else {
            model.put("result", box.run(text, chosen));
        }
        return model;
    }

    /** The key of the text explaining why the message cannot be tested, or null. */
    private static String problem(String text, String language, Language chosen) {
        if (TextCleaner.hasControlCharacters(text)) {
            return "testbox.error.control";
        }
        if (text.codePointCount(0, text.length()) > AskRequest.MAX_CHARACTERS) {
            return "testbox.error.long";
        }
        if (TextCleaner.clean(text).isEmpty()) {
            return "testbox.error.empty";
        }
        if (!language.isEmpty() && chosen == null) {
            return "testbox.error.language";
        }
        return null;
    }

    private static Map<String, Object> page(String text, String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("text", text);
        model.put("language", language);
        model.put("languages", LANGUAGES);
        model.put("dirs", nl.selam.kb.language.Language.htmlDirections());
        model.put("maxLength", AskRequest.MAX_CHARACTERS);
        return model;
    }

    @Serdeable
    record TestForm(@Nullable String text, @Nullable String language, @Nullable String _csrf) {
    }
}
