package nl.selam.translations;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    private final Messages messages = Messages.load();

    @Test
    void formatsAPlainTextPerLanguage() {
        assertEquals("Verstuur", messages.format("web.send", "nl"));
        assertEquals("Send", messages.format("web.send", "en"));
        assertEquals("إرسال", messages.format("web.send", "ar"));
        assertEquals("ስደድ", messages.format("web.send", "ti"));
    }

    @Test
    void formatsNumbersTheLanguageWay() {
        assertTrue(messages.format("error.too_long", "nl", Map.of("max", 4000)).contains("4.000"));
        assertTrue(messages.format("error.too_long", "en", Map.of("max", 4000)).contains("4,000"));
    }

    @Test
    void arabicPluralUsesAllSixForms() {
        List<String> rendered = new ArrayList<>();
        for (int minutes : new int[] {0, 1, 2, 3, 11, 100}) {
            rendered.add(messages.format("minutes_waiting", "ar", Map.of("minutes", minutes)));
        }
        assertAll(
                () -> assertTrue(rendered.get(0).contains("بعد قليل"), rendered.get(0)),        // zero
                () -> assertTrue(rendered.get(1).contains("دقيقة واحدة"), rendered.get(1)),     // one
                () -> assertTrue(rendered.get(2).contains("دقيقتين"), rendered.get(2)),         // two
                () -> assertTrue(rendered.get(3).contains("دقائق"), rendered.get(3)),           // few: 3-10
                () -> assertTrue(rendered.get(4).contains("دقيقةً"), rendered.get(4)),          // many: 11-99
                () -> assertTrue(rendered.get(5).contains("دقيقة ")
                        && !rendered.get(5).contains("دقيقةً"), rendered.get(5)),               // other: 100
                () -> assertEquals(6, new HashSet<>(rendered).size(), "six distinct forms: " + rendered));
    }

    @Test
    void englishAndTigrinyaPluralsPickTheRightForm() {
        assertEquals("A person will answer you in about 1 minute.",
                messages.format("minutes_waiting", "en", Map.of("minutes", 1)));
        assertEquals("A person will answer you in about 5 minutes.",
                messages.format("minutes_waiting", "en", Map.of("minutes", 5)));
        assertTrue(messages.format("minutes_waiting", "ti", Map.of("minutes", 1)).contains("ደቒቕ"));
        assertTrue(messages.format("minutes_waiting", "ti", Map.of("minutes", 5)).contains("ደቓይቕ"));
    }

    @Test
    void formatAllReturnsOnlyThePrefix() {
        Map<String, String> web = messages.formatAll("web.", "en", Map.of());
        assertFalse(web.isEmpty());
        assertTrue(web.keySet().stream().allMatch(k -> k.startsWith("web.")));
        assertEquals("Talk to a person", web.get("web.talk_to_person"));
    }

    @Test
    void unknownLanguageOrKeyFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> messages.format("web.send", "xx"));
        assertThrows(MissingResourceException.class, () -> messages.format("no.such.key", "nl"));
        assertFalse(messages.supports("am"));
        assertTrue(messages.supports("ti"));
    }
}
