package nl.selam.kb.content;

import nl.selam.kb.language.Language;

import java.util.List;
import java.util.Map;

/** Greetings, thanks and "who are you": the phrases residents send and Selam's replies, per language. */
public record SmallTalk(Map<Kind, Map<Language, Phrases>> texts) {

    /** Kinds a resident can send; CLARIFY only holds the question that introduces two topic choices. */
    public enum Kind { GREETING, THANKS, WHO, CLARIFY }

    /** The phrases a resident may send alone, and the reply to them. */
    public record Phrases(List<String> phrases, String reply) {
        public Phrases {
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
            reply = reply == null ? "" : reply.strip();
        }
    }

    public SmallTalk {
        texts = Map.copyOf(texts);
    }

    public Phrases of(Kind kind, Language language) {
        return texts.getOrDefault(kind, Map.of()).getOrDefault(language, new Phrases(List.of(), ""));
    }
}
