package nl.selam.bot.channel;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long reply into parts a platform accepts (Telegram's 4,096 characters, WhatsApp's text limit), between
 * sentences where it can, between words where a sentence alone is too long, and never inside a surrogate pair. ICU
 * knows the Ethiopic full stop (።) and the Arabic question mark as sentence ends. Shared by the channels (each
 * passes its own limit); beside {@link ChannelGateway} rather than in the contract, which depends on nothing but
 * the JDK and the language registry (ArchitectureTest).
 */
public final class TextSplitter {

    private TextSplitter() {
    }

    /** The parts, in order, each at most {@code limit} UTF-16 units; one (possibly empty) part for a short text. */
    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : pieces(text, BreakIterator.getSentenceInstance(ULocale.ROOT))) {
            for (String piece : sentence.length() <= limit ? List.of(sentence) : words(sentence, limit)) {
                if (current.length() + piece.length() > limit && current.length() > 0) {
                    parts.add(current.toString().strip());
                    current.setLength(0);
                }
                current.append(piece);
            }
        }
        if (!current.toString().isBlank() || parts.isEmpty()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }

    private static List<String> words(String sentence, int limit) {
        List<String> out = new ArrayList<>();
        for (String word : pieces(sentence, BreakIterator.getLineInstance(ULocale.ROOT))) {
            while (word.length() > limit) { // one "word" longer than a message: cut, but not inside a code point
                int cut = Character.isHighSurrogate(word.charAt(limit - 1)) ? limit - 1 : limit;
                out.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            out.add(word);
        }
        return out;
    }

    private static List<String> pieces(String text, BreakIterator breaks) {
        List<String> out = new ArrayList<>();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }
}
