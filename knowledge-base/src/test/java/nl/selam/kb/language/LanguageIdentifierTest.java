package nl.selam.kb.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', value = {
        "ti|ትግርኛ ይመሃር ኣለኹ",
        "ti|ከመይ ኣለኹም? ሓኪም ኣበይ ይርከብ?",
        "ti|ወደይ ሓሚሙ ኣሎ",
        "am|አማርኛ እየተማርኩ ነው።",
        "am|ሐኪም የት ነው ያለው? እንዴት ላገኝ እችላለሁ",
        "ar|أين أجد طبيب العائلة؟",
        "ar|شو لازم اعمل لحتى لاقي بيت؟",
        "fa|من می‌خواهم یک دکتر پیدا کنم، کجا باید بروم؟",
        "fa|چطور میتوانم برای بچه‌ام مدرسه پیدا کنم",
        "nl|Wat kan ik doen?",
        "nl|hoe vind ik een huisarts",
        "nl|Goedemorgen",
        "en|How do I find a doctor?",
        "en|where can I get help with my letter",
        "ar|kifak, shu lazem a3mel la2a2i doctor?",
        "ar|baddi sa2el 3an el ta2meen",
    })
    void identifiesChatLengthMessages(String expected, String text) {
        assertEquals(expected, identifier.identify(text).language().code());
    }

    @Test
    void arabiziIsArabicInLatinLetters() {
        LanguageGuess guess = identifier.identify("ana 3andi so2al 3an el madrase");
        assertEquals(Language.AR, guess.language());
        assertTrue(guess.arabizi());
    }

    @Test
    void dutchNumbersAndPostcodesAreNotArabizi() {
        LanguageGuess guess = identifier.identify("mijn adres is 1234ab en ik woon op de 3e verdieping");
        assertEquals(Language.NL, guess.language());
        assertFalse(guess.arabizi());
    }

    @Test
    void iraqiArabicWithGafAndCheIsArabicNotPersian() {
        assertEquals(Language.AR, identifier.identify("شگد لازم ادفع للـ gemeente؟ چان يگولون ببلاش").language());
        assertEquals(Language.FA, identifier.identify("من نمی‌دانم چگونه باید برای گرفتن وقت دکتر زنگ بزنم").language());
    }

    @Test
    void loanwordsDoNotChangeTheLanguageOfTheSentence() {
        assertEquals(Language.AR, identifier.identify("لازم قدم طلب بالـ Werkplein ولا بالـ gemeente؟").language());
        assertEquals(Language.TI, identifier.identify("ምስ klantmanager ቆጸራ ክሕዝ ደልየ").language());
    }

    @Test
    void emojiDigitsAndEmptyAreUndetermined() {
        assertEquals(Language.UND, identifier.identify("🙏🙏").language());
        assertEquals(Language.UND, identifier.identify("12 34").language());
        assertEquals(Language.UND, identifier.identify("").language());
        assertEquals(Language.UND, identifier.identify(null).language());
    }
}
