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

    private record Phrase(SmallTalk.Kind kind, String folded) {
    }

    private final List<Phrase> phrases = new ArrayList<>();

    public SmallTalkDetector(SmallTalk smallTalk) {
        for (SmallTalk.Kind kind : SmallTalk.Kind.values()) {
            for (Language language : Language.answeredLanguages()) {
                for (String p : smallTalk.of(kind, language).phrases()) {
                    String folded = PatternDetector.fold(p).strip();
                    if (!folded.isEmpty()) {
                        phrases.add(new Phrase(kind, folded));
                    }
                }
            }
        }
        // longest first, so "who are you" wins over "you"-like fragments of other phrases
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.folded().length()).reversed());
    }

    public Optional<SmallTalk.Kind> detect(String text) {
        String folded = " " + PatternDetector.fold(text).strip() + " ";
        if (folded.isBlank() || folded.strip().split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        for (Phrase p : phrases) {
            if (folded.contains(" " + p.folded() + " ")) {
                return Optional.of(p.kind());
            }
        }
        return Optional.empty();
    }
}
