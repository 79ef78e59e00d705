package nl.selam.bot.ask;

import nl.selam.kb.language.Language;

/**
 * One validated question.
 *
 * @param text     the resident's message, at most {@link #MAX_CHARACTERS} characters, not blank
 * @param language the language the resident chose, or null to detect it
 */
public record AskRequest(String text, Language language) {

    /** Longest message accepted, in Unicode code points (an emoji or a rare Ge'ez letter counts once). */
    public static final int MAX_CHARACTERS = 4000;
}
