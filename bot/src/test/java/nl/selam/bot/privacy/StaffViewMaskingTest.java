package nl.selam.bot.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.selam.bot.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffViewMaskingTest {

    private final StaffViewMasking masking = new StaffViewMasking();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my bsn is 123456782 ok|my bsn is ••• ok",
            "BSN 1234.56.782|BSN •••",
            "bel 06-12345678 svp|bel ••• svp",
            "call +31 6 1234 5678|call •••",
            "rekening NL91 ABNA 0417 1643 00 graag|rekening ••• graag",
            "iban NL91ABNA0417164300.|iban •••.",
            "رقمي ٠٦١٢٣٤٥٦٧٨ شكرا|رقمي ••• شكرا",
            "ቁጽሪ 0612345678 እዩ|ቁጽሪ ••• እዩ",
    })
    void aSleutelpersoonDoesNotSeeIdentifyingNumbers(String text, String masked) {
        assertEquals(masked, masking.forRole(StaffRole.SLEUTELPERSOON, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "afspraak op 12-03-2026 om 10:30",
            "ik woon op nummer 12, postcode 1234 AB",
            "ik ben 61 jaar en heb 3 kinderen",
            "toeslag van 450 euro",
    })
    void datesAgesAndAmountsStayReadable(String text) {
        assertEquals(text, masking.forRole(StaffRole.SLEUTELPERSOON, text));
    }

    @Test
    void aTolkSeesEverything() {
        String text = "bsn 123456782, tel 0612345678, NL91ABNA0417164300";
        assertEquals(text, masking.forRole(StaffRole.TOLK, text));
        assertEquals(text, masking.forRole(StaffRole.BEHEERDER, text));
        assertTrue(masking.mayOpenResidentMedia(StaffRole.TOLK));
        assertFalse(masking.mayOpenResidentMedia(StaffRole.SLEUTELPERSOON));
    }
}
