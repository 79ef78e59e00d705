package nl.selam.kb.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCleanerTest {

    @Test
    void removesBidiOverridesZeroWidthAndControlCharacters() {
        assertEquals("abc def", TextCleaner.clean("a\u202Eb\u200Bc\u0007 \n def"));
    }

    @Test
    void foldsCompatibilityFormsAndCollapsesWhitespace() {
        assertEquals("huisarts", TextCleaner.clean("  ｈｕｉｓａｒｔｓ  "));
        assertEquals("", TextCleaner.clean(null));
    }

    @Test
    void reportsControlCharactersButNotWhitespace() {
        assertTrue(TextCleaner.hasControlCharacters("hallo\u0000"));
        assertFalse(TextCleaner.hasControlCharacters("hallo\nwereld\t!"));
    }

    @Test
    void emojiOnlyHasNoLetters() {
        assertFalse(TextCleaner.hasLetters("👍🙏 123"));
        assertTrue(TextCleaner.hasLetters("ሰላም"));
    }
}
