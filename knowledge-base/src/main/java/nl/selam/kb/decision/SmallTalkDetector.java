package nl.selam.kb.decision;

import nl.selam.kb.content.SmallTalk;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recognises greetings, thanks and "who are you" in short messages. A phrase alone is small talk; a greeting in
 * front of a real question is not, which the engine settles by trying the question first.
 */
public final class SmallTalkDetector {

    /** Longer messages with a greeting in them are questions with a polite opening. */
    static final int MAX_WORDS = 8;
    /** A phrase covering this share of a message's words makes the whole message small talk. */
    static final double WHOLE_SHARE = 0.6;

    /** A phrase, padded with spaces so a whole-word search is one {@code contains}, and its number of words. */
    private record Phrase(SmallTalk.Kind kind, String padded, int words) {
    }

    private final List<Phrase> phrases = new ArrayList<>();

    public SmallTalkDetector(SmallTalk smallTalk) {
        for (SmallTalk.Kind kind : SmallTalk.Kind.values()) {
            for (Language language : Language.answeredLanguages()) {
                for (String p : smallTalk.of(kind, language).phrases()) {
                    String folded = PatternDetector.fold(p).strip();
                    if (!folded.isEmpty()) {
                        phrases.add(new Phrase(kind, " " + folded + " ", folded.split(" ").length));
                    }
                }
            }
        }
        // longest first, so "who are you" wins over "you"-like fragments of other phrases
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.padded().length()).reversed());
    }

    /**
     * Small talk that needs no search at all: the message is (almost) only a greeting, thanks or "who are you" —
     * a phrase covers at least {@link #WHOLE_SHARE} of its words. The text is given in the form of
     * {@link PatternDetector#fold(String)}.
     */
    public Optional<SmallTalk.Kind> whole(String foldedText) {
        String folded = " " + foldedText.strip() + " ";
        int words = folded.isBlank() ? 0 : folded.strip().split(" ").length;
        if (words == 0 || words > MAX_WORDS) {
            return Optional.empty();
        }
        for (Phrase p : phrases) {
            if (p.words() >= WHOLE_SHARE * words && folded.contains(p.padded())) {
                return Optional.of(p.kind());
            }
        }
        return Optional.empty();
    }

    /** A phrase anywhere in a short message, given in the form of {@link PatternDetector#fold(String)}. */
    public Optional<SmallTalk.Kind> detect(String foldedText) {
        String folded = " " + foldedText.strip() + " ";
        if (folded.isBlank() || folded.strip().split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        for (Phrase p : phrases) {
            if (folded.contains(p.padded())) {
                return Optional.of(p.kind());
            }
        }
        return Optional.empty();
    }
}
