package nl.selam.bot.console.admin;

import nl.selam.bot.system.InvalidRequestException;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Office hours written into answers in each answer's own language. */
class OfficeHoursTest {

    private static OfficeHours.Slot slot(String open, String close) {
        return new OfficeHours.Slot(LocalTime.parse(open), LocalTime.parse(close));
    }

    /** Monday to Friday 09:00–17:00, Saturday 10:00–12:00, Sunday closed. */
    private static OfficeHours weekAndSaturday() {
        List<OfficeHours.Slot> days = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            days.add(slot("09:00", "17:00"));
        }
        days.add(slot("10:00", "12:00"));
        days.add(null);
        return OfficeHours.of(days);
    }

    @Test
    void dutchUsesShortDayNamesAndRanges() {
        assertEquals("ma–vr 09:00–17:00, za 10:00–12:00", weekAndSaturday().render("nl"));
    }

    @Test
    void english() {
        assertEquals("Mon–Fri 09:00–17:00, Sat 10:00–12:00", weekAndSaturday().render("en"));
    }

    @Test
    void arabicWithArabicDayNamesAndComma() {
        assertEquals("الاثنين–الجمعة 09:00–17:00، السبت 10:00–12:00", weekAndSaturday().render("ar"));
    }

    @Test
    void tigrinyaWithGeezDayNamesAndEthiopicComma() {
        assertEquals("ሰኑይ–ዓርቢ 09:00–17:00፣ ቀዳም 10:00–12:00", weekAndSaturday().render("ti"));
    }

    @Test
    void differentHoursAndGapsSplitTheRanges() {
        OfficeHours hours = OfficeHours.of(java.util.Arrays.asList(slot("09:00", "17:00"), slot("09:00", "17:00"),
                null, slot("09:00", "17:00"), slot("09:00", "12:30"), null, null));
        assertEquals("ma–di 09:00–17:00, do 09:00–17:00, vr 09:00–12:30", hours.render("nl"));
        assertEquals("ሰኑይ–ሰሉስ 09:00–17:00፣ ሓሙስ 09:00–17:00፣ ዓርቢ 09:00–12:30", hours.render("ti"));
        assertEquals("الاثنين–الثلاثاء 09:00–17:00، الخميس 09:00–17:00، الجمعة 09:00–12:30", hours.render("ar"));
    }

    @Test
    void storedFormRoundTrips() {
        OfficeHours hours = weekAndSaturday();
        assertEquals("09:00-17:00|09:00-17:00|09:00-17:00|09:00-17:00|09:00-17:00|10:00-12:00|", hours.stored());
        assertEquals(hours.render("en"), OfficeHours.parse(hours.stored()).render("en"));
    }

    @Test
    void formFieldsAreChecked() {
        assertNull(OfficeHours.slot("sun", "", ""));
        assertThrows(InvalidRequestException.class, () -> OfficeHours.slot("mon", "09:00", ""));
        assertThrows(InvalidRequestException.class, () -> OfficeHours.slot("mon", "17:00", "09:00"));
        assertThrows(InvalidRequestException.class, () -> OfficeHours.slot("mon", "nine", "17:00"));
        assertEquals(slot("08:30", "16:00"), OfficeHours.slot("mon", "08:30", "16:00"));
    }

    @Test
    void thePlaceholderIsFilledInEachAnswersLanguage() {
        FaqEntry entry = new FaqEntry("test.openingstijden", "test", LocalDate.now(), List.of(), Map.of(
                Language.NL, new LocalizedEntry("t", List.of("q"), List.of(), "Open: {gemeente.openingstijden}."),
                Language.TI, new LocalizedEntry("t", List.of("q"), List.of(), "ክፉት፦ {gemeente.openingstijden}።"),
                Language.AR, new LocalizedEntry("t", List.of("q"), List.of(), "مفتوح: {gemeente.openingstijden}.")));
        FaqEntry other = new FaqEntry("test.other", "test", LocalDate.now(), List.of(), Map.of(
                Language.EN, new LocalizedEntry("t", List.of("q"), List.of(), "Call {gemeente.telefoon}.")));
        List<FaqEntry> filled = ProfileOverlay.withHours(List.of(entry, other), weekAndSaturday());
        assertEquals("Open: ma–vr 09:00–17:00, za 10:00–12:00.", filled.get(0).texts().get(Language.NL).answer());
        assertEquals("ክፉት፦ ሰኑይ–ዓርቢ 09:00–17:00፣ ቀዳም 10:00–12:00።", filled.get(0).texts().get(Language.TI).answer());
        assertEquals("مفتوح: الاثنين–الجمعة 09:00–17:00، السبت 10:00–12:00.",
                filled.get(0).texts().get(Language.AR).answer());
        assertSame(other, filled.get(1), "entries without the placeholder are kept as they are");
        // no hours entered yet: a pointer to the website instead of a bare placeholder
        String none = ProfileOverlay.withHours(List.of(entry), null).get(0).texts().get(Language.NL).answer();
        assertFalse(none.contains("{gemeente."), none);
    }
}
