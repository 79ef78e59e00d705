package nl.selam.bot.channel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The splitter every channel uses for replies longer than its platform takes (Telegram 4,000, WhatsApp 4,096). */
class TextSplitterTest {

    @Test
    void givenALongAnswer_thenItIsSplitBetweenSentencesBelowTheLimit() {
        String sentence = "ሓኪም ስድራ ንምርካብ ናብ ቤት ጽሕፈት ምምሕዳር ከተማ ኪዱ። ";
        String text = sentence.repeat(200);
        List<String> parts = TextSplitter.split(text, 4000);
        assertTrue(parts.size() > 1);
        parts.forEach(p -> assertTrue(p.length() <= 4000, "part of " + p.length()));
        parts.forEach(p -> assertTrue(p.endsWith("።"), "ends at the Ethiopic full stop"));
        assertEquals(text.replace(" ", ""), String.join("", parts).replace(" ", ""), "nothing lost");
    }

    @Test
    void givenArabicQuestions_thenPartsEndAtTheArabicQuestionMark() {
        String text = "هل يمكنني تسجيل عنواني في البلدية؟ ".repeat(300);
        List<String> parts = TextSplitter.split(text, 4096);
        assertTrue(parts.size() > 1);
        parts.forEach(p -> assertTrue(p.length() <= 4096 && p.endsWith("؟"), "part of " + p.length()));
    }

    @Test
    void givenASentenceLongerThanTheLimit_thenItIsSplitBetweenWords() {
        String text = "woord ".repeat(50).strip();
        List<String> parts = TextSplitter.split(text, 32);
        assertTrue(parts.size() > 1);
        parts.forEach(p -> assertTrue(p.length() <= 32, "part of " + p.length()));
        parts.forEach(p -> assertFalse(p.startsWith("oord") || p.endsWith("woor"), "not inside a word: " + p));
        assertEquals(text.replace(" ", ""), String.join("", parts).replace(" ", ""), "nothing lost");
    }

    @Test
    void givenOneEndlessWord_thenItIsCutWithoutBreakingASurrogatePair() {
        String text = "😀".repeat(3000); // 6,000 UTF-16 units, no spaces, no sentence end
        List<String> parts = TextSplitter.split(text, 4000);
        parts.forEach(p -> assertFalse(Character.isLowSurrogate(p.charAt(0))));
        assertEquals(text, String.join("", parts));
    }

    @Test
    void givenAWordLongerThanTheLimit_thenTheCutFallsBeforeASurrogatePairNotInsideIt() {
        String text = "a" + "𐌰".repeat(3000); // Gothic letters: one word of 6,001 UTF-16 units, pairs at odd offsets
        List<String> parts = TextSplitter.split(text, 4000);
        assertEquals(List.of(3999, 2002), parts.stream().map(String::length).toList());
        assertEquals(text, String.join("", parts));
    }

    @Test
    void givenAShortOrEmptyText_thenItIsOnePart() {
        assertEquals(List.of("Hallo."), TextSplitter.split("Hallo.", 4000));
        assertEquals(List.of(""), TextSplitter.split("", 4000));
    }
}
