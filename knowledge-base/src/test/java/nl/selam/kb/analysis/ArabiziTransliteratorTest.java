package nl.selam.kb.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArabiziTransliteratorTest {

    private final ArabiziTransliterator transliterator = new ArabiziTransliterator(
            Map.of("shu", "شو", "baddi", "بدي"),
            List.of("امتحان", "الاندماج", "مخالفة", "تأمين", "صحي", "مساعدة", "امتحان"),
            Set.of("gemeente", "duo"));

    @Test
    void usesTheEditorsListFirst() {
        assertEquals("شو بدي", transliterator.toArabic("shu baddi"));
    }

    @Test
    void matchesConsonantSkeletonsOfTheFaqVocabulary() {
        assertEquals("امتحان", transliterator.toArabic("imti7an"));
        assertEquals("مخالفه", transliterator.toArabic("mo5alafe"));
        assertEquals("اندماج", transliterator.toArabic("el-indimaj").split(" ")[1]);
        assertEquals("تامين صحي", transliterator.toArabic("ta2meen se77i"));
    }

    @Test
    void keepsLoanwordsAndUnknownWords() {
        assertEquals("gemeente duo xyzzy", transliterator.toArabic("gemeente DUO xyzzy"));
    }

    @Test
    void skeletonsIgnoreVowelsAndFoldDigraphs() {
        assertEquals(ArabiziTransliterator.arabicSkeleton("مساعدة"), ArabiziTransliterator.arabiziSkeleton("mosa3ade"));
        assertEquals(ArabiziTransliterator.arabicSkeleton("شغل"), ArabiziTransliterator.arabiziSkeleton("shoghl"));
        assertEquals(ArabiziTransliterator.arabicSkeleton("خوف"), ArabiziTransliterator.arabiziSkeleton("khouf"));
    }

    @Test
    void endingsWrittenOntoAWordAreStrippedOnlyToReachAWordTheFaqUses() {
        ArabiziTransliterator t = new ArabiziTransliterator(Map.of(), List.of("طبيب", "بطاقة", "عنوان"), Set.of());
        assertEquals("طبيب", t.toArabic("tabibi"));     // my doctor
        assertEquals("بطاقه", t.toArabic("beta2ti"));   // my card (folded ة): the feminine t before the ending
        assertEquals("عنوان", t.toArabic("3enwanak"));  // your address
        assertEquals("sayyara", t.toArabic("sayyara"));  // nothing the FAQ uses: left as written
        ArabiziTransliterator narrow = new ArabiziTransliterator(Map.of(), List.of("بطاقة"), Set.of(), false);
        assertEquals("betaqti", narrow.toArabic("betaqti"));
    }
}
