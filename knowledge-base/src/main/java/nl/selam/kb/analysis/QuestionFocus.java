package nl.selam.kb.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the question in a long message. Residents often tell what happened first ("I arrived two years ago, my
 * wife came last month, the school sent a letter...") and ask in the last sentence; the story's words then pull
 * the search towards other topics. The message is split into sentences with ICU's sentence rules (which know the
 * Arabic ؟ and the Ethiopic ። and ፧), and the question sentences are those with a question mark or a question
 * word; when none has either, the last sentence is the question. A message of one sentence or a few words has no
 * story: it is all question.
 */
public final class QuestionFocus {

    /** Fewer words than this is a question, not a story. */
    static final int MIN_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern QUESTION_MARK = Pattern.compile("[?؟፧]");
    /** Question words that mark a question wherever they stand, per language (Arabizi spellings with Arabic). */
    private static final Map<Language, Set<String>> QUESTION_WORDS = Map.of(
            Language.NL, Set.of("wat", "hoe", "waar", "wanneer", "waarom", "wie", "welke", "welk", "hoeveel", "hoelang",
                    "waarvoor", "waarmee", "hoezo"),
            Language.EN, Set.of("what", "how", "where", "when", "why", "who", "which", "whom", "whose"),
            Language.AR, Set.of("ماذا", "شو", "ايش", "شنو", "شنهو", "كيف", "كيفاش", "وين", "اين", "فين", "متى",
                    "ايمتى", "امتى", "ليش", "لماذا", "ليه", "مين", "قديش", "بكم", "shu", "sho", "esh", "kif", "keef",
                    "wen", "wein", "lesh", "leish", "emta", "imta", "2adesh", "adesh", "shlon", "wesh",
                    // Egyptian, Iraqi, Gulf and Sudanese question words
                    "كم", "ازاي", "إزاي", "شلون", "اشلون", "منين", "لمين", "وش", "ايه", "إيه", "شقد", "شگد", "شكد",
                    "ezay", "izay", "leh", "kam", "fen", "feen"),
            Language.TI, Set.of("እንታይ", "ከመይ", "ኣበይ", "መዓስ", "መን", "ስለምንታይ", "ንምንታይ", "ክንደይ", "ኣየናይ",
                    "ድዩ",
                    // the yes/no particle written apart (ይኽእል ዶ) and the copula questions ("is it", "are they")
                    "ዶ", "ዲዩ", "ድየ", "ድያ", "ዲያ", "ድዮም", "ዲዮም", "ዲኻ", "ድኻ", "ዲኺ", "ኣየነይቲ", "ኣበየናይ"));
    /** Words that make a question only as the sentence's first word (Dutch and English ask verb-first). */
    private static final Map<Language, Set<String>> OPENING_WORDS = Map.of(
            Language.NL, Set.of("kan", "kun", "kunt", "mag", "moet", "moeten", "klopt", "weet", "heb", "hebben",
                    "ben", "is", "zijn", "krijg", "wordt", "heeft", "gaat", "krijgt", "kunnen", "mogen", "hoef", "hoeft",
                    "zal", "zou"),
            Language.EN, Set.of("can", "could", "should", "do", "does", "is", "are", "may", "must", "will", "am",
                    "have", "has", "would", "did", "shall"),
            Language.AR, Set.of("هل", "ممكن", "يمكن", "فيني", "mumken", "momken", "fini", "hal"),
            Language.TI, Set.of());

    /**
     * The parts of a message.
     *
     * @param question the question sentence(s), or the whole message when it has no story
     * @param story    the other sentences, empty when the message is all question
     */
    public record Focus(String question, String story) {
        public boolean hasStory() {
            return !story.isBlank();
        }
    }

    private QuestionFocus() {
    }

    public static Focus of(String text, Language language) {
        if (WORD.matcher(text).results().count() < MIN_WORDS) {
            return new Focus(text, "");
        }
        List<String> sentences = sentences(text);
        if (sentences.size() < 2) {
            return new Focus(text, "");
        }
        Set<String> questionWords = QUESTION_WORDS.getOrDefault(language, Set.of());
        Set<String> opening = OPENING_WORDS.getOrDefault(language, Set.of());
        StringBuilder question = new StringBuilder();
        StringBuilder story = new StringBuilder();
        boolean any = false;
        for (String s : sentences) {
            if (isQuestion(s, questionWords, opening)) {
                question.append(s).append(' ');
                any = true;
            } else {
                story.append(s).append(' ');
            }
        }
        if (!any) {
            String last = sentences.get(sentences.size() - 1);
            return new Focus(last.strip(), String.join(" ", sentences.subList(0, sentences.size() - 1)).strip());
        }
        return new Focus(question.toString().strip(), story.toString().strip());
    }

    static List<String> sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ROOT);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            if (WORD.matcher(s).find()) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isQuestion(String sentence, Set<String> questionWords, Set<String> opening) {
        if (QUESTION_MARK.matcher(sentence).find()) {
            return true;
        }
        // Ge'ez letters folded as the analysis folds them: አበይ is ኣበይ
        var m = WORD.matcher(GeezLetters.fold(sentence.toLowerCase(Locale.ROOT)));
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (first && opening.contains(w)) {
                return true;
            }
            first = false;
            if (questionWords.contains(w) || (w.length() > 2 && w.endsWith("ዶ"))) {
                return true;
            }
        }
        return false;
    }
}
