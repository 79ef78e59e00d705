package nl.selam.bot.console.queue;

/** A tolk asked for an escalation outside their languages: answered with the "not allowed" page and 403. */
class NotYourLanguage extends RuntimeException {

    NotYourLanguage() {
        super("escalation outside the staff member's languages", null, false, false);
    }
}
