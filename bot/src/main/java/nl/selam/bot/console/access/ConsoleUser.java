package nl.selam.bot.console.access;

import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;

import java.util.List;

/** The logged-in staff member as the console pages see them, read fresh from the database on every request. */
public record ConsoleUser(StaffAccount account, String username, String csrfToken) {

    public long id() {
        return account.id();
    }

    public String name() {
        return account.name();
    }

    public StaffRole role() {
        return account.role();
    }

    public List<String> languages() {
        return account.languageList();
    }

    /** Whether this person may see a resident's conversation in that language (tolken see only their own). */
    public boolean speaks(String language) {
        return languages().contains(language);
    }

    public boolean is(StaffRole... roles) {
        for (StaffRole r : roles) {
            if (account.role() == r) {
                return true;
            }
        }
        return false;
    }

    /** Answers residents in the queue. */
    public boolean answers() {
        return is(StaffRole.TOLK, StaffRole.SLEUTELPERSOON);
    }

    /** Keeps the FAQ right. */
    public boolean edits() {
        return is(StaffRole.REDACTEUR, StaffRole.BEHEERDER);
    }

    public boolean administers() {
        return is(StaffRole.BEHEERDER);
    }

    /** Sees the supervisor's view: figures about the queue, never a resident's words. */
    public boolean supervises() {
        return is(StaffRole.BEHEERDER, StaffRole.TEAMLEIDER);
    }
}
