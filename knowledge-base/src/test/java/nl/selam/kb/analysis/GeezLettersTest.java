package nl.selam.kb.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class GeezLettersTest {

    @Test
    void foldsTheLettersTigrinyaWritersInterchange() {
        assertEquals(GeezLetters.fold("ሰላም"), GeezLetters.fold("ሠላም"));
        assertEquals(GeezLetters.fold("ጸሓይ"), GeezLetters.fold("ፀሓይ"));
        assertEquals(GeezLetters.fold("ሀገር"), GeezLetters.fold("ኀገር"));
        assertEquals("ኣብ", GeezLetters.fold("አብ"));
        assertEquals("ዓመት", GeezLetters.fold("ዐመት"));
    }

    @Test
    void keepsDistinctTigrinyaSoundsApart() {
        // ሐ (/ħ/) is not ሀ (/h/), and ዓ (/ʕ/) is not ኣ (/ʔ/): the Amharic folds would merge words
        assertNotEquals(GeezLetters.fold("ሓኪም"), GeezLetters.fold("ሃኪም"));
        assertNotEquals(GeezLetters.fold("ዓዲ"), GeezLetters.fold("ኣዲ"));
        assertNotEquals(GeezLetters.fold("ኸ"), GeezLetters.fold("ሀ"));
    }

    @Test
    void sixthOrderGivesAConsonantSkeleton() {
        StringBuilder a = new StringBuilder();
        "ሓኪም".codePoints().forEach(c -> a.appendCodePoint(GeezLetters.sixthOrder(c)));
        assertEquals("ሕክም", a.toString());
    }

    @Test
    void convertsEthiopicNumerals() {
        assertEquals("12 ዓመት", GeezLetters.digits("፲፪ ዓመት"));
        assertEquals("3", GeezLetters.digits("፫"));
    }
}
