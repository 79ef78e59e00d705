package nl.selam.kb.ranking;

import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFeaturesTest {

    /** Words as they are written, so only the character and skeleton features can bring two forms together. */
    private final TextFeatures tigrinya = new TextFeatures(Language.TI, t -> List.of(t.split("\\s+")));

    private Set<String> skeletonGrams(String text) {
        return tigrinya.of(text).keySet().stream().filter(k -> k.startsWith("s ")).collect(Collectors.toSet());
    }

    @Test
    void aPossessiveFusedOntoTheLastConsonantKeepsTheWordsSkeleton() {
        // ሓኪመይ (my doctor): the ም of ሓኪም is written መ before -ይ; its skeleton still starts <ሕክም
        Set<String> doctor = skeletonGrams("ሓኪም");
        Set<String> myDoctor = skeletonGrams("ሓኪመይ");
        assertTrue(myDoctor.contains("s ሕክም"), myDoctor.toString());
        assertTrue(doctor.contains("s ሕክም"), doctor.toString());
    }

    @Test
    void aLoanwordWrittenWithOtherVowelsSharesItsSkeletonGrams() {
        Set<String> a = skeletonGrams("ኢንሹራንስ");
        Set<String> b = skeletonGrams("ኢንሹረንስ");
        assertTrue(a.containsAll(b) && b.containsAll(a), a + " / " + b);
    }

    @Test
    void otherLanguagesHaveNoSkeletonFeatures() {
        Map<String, Float> dutch = new TextFeatures(Language.NL, t -> List.of(t.split("\\s+"))).of("huisarts");
        assertFalse(dutch.keySet().stream().anyMatch(k -> k.startsWith("s ")));
    }
}
