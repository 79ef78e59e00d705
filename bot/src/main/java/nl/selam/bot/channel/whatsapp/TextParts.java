package nl.selam.bot.channel.whatsapp;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long reply into parts WhatsApp accepts, between sentences where it can (ICU knows the Ethiopic full stop
 * and the Arabic question mark), between words otherwise, never inside a code point.
 */
final class TextParts {

    private TextParts() {
    }

    static List<String> split(String text, int limit) {
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
