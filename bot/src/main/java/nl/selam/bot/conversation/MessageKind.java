package nl.selam.bot.conversation;

/** What a message is, so channels can render it and tests can count it without reading its text. */
public enum MessageKind {
    /** Written by the resident. */
    RESIDENT,
    /** The resident pressed "talk to a person". */
    PERSON_BUTTON,
    /** A voice note, photo or document from the resident; the text is the channel's reference to it. */
    MEDIA,
    /**
     * A command or button that is no question (start, a language, the menu, a topic, privacy, erase): the text is
     * the core's own encoding of it ({@link StoredEvent}), never shown as the resident's words.
     */
    COMMAND,
    /** The resident pressed "back to the assistant". */
    ASSISTANT_BUTTON,
    /** Selam's FAQ answer or small-talk reply. */
    ANSWER,
    /** A choice between close topics. */
    CLARIFY,
    /** The crisis lines (113, 112). */
    CRISIS,
    /** "A person will answer you in about N minutes." */
    ESCALATION_OPENED,
    /** Written by a tolk or sleutelpersoon. */
    STAFF_REPLY,
    /** A file or photo a tolk or sleutelpersoon sent; the text is its caption, or its name (see staff_file). */
    STAFF_FILE,
    /** Nobody has answered for too long: here is the phone number. */
    ESCALATION_OVERDUE,
    /** The resident is back with the assistant. */
    BACK_TO_ASSISTANT,
    /** Too many messages a minute. */
    SLOW_DOWN,
    /** Asks the resident to confirm erasing everything. */
    ERASE_CONFIRM
}
