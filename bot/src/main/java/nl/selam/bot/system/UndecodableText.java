package nl.selam.bot.system;

/**
 * Whether a request's text carries what no valid UTF-8 could have produced: the replacement character the decoder
 * puts for invalid bytes, or half of a surrogate pair (sent as a JSON escape). Such text is refused, not guessed at.
 */
public final class UndecodableText {

    private UndecodableText() {
    }

    public static boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
