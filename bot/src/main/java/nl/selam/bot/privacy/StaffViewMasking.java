package nl.selam.bot.privacy;

import jakarta.inject.Singleton;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.selam.bot.staff.StaffRole;

/**
 * What a staff member may read of a resident's words depends on the role. Sleutelpersonen are volunteers from the
 * community: they see the question but not the numbers that identify a person or an account (BSN, IBAN, phone
 * number), and no media of letters. Professional tolken, beheerders and redacteuren see everything, as before.
 *
 * <p>Masking is deliberately generous: any long run of digits in any script is hidden, because a volunteer who
 * misses a house number loses little and one who reads a BSN can do harm. Dates stay readable; appointments matter.
 */
@Singleton
public class StaffViewMasking {

    static final String MASK = "•••";

    private static final Pattern IBAN = Pattern.compile(
            "\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\\b",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[-./]\\d{1,2}[-./](?:\\d{4}|\\d{2})|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}", Pattern.UNICODE_CHARACTER_CLASS);
    /** A run of digits with single separators between them, optionally with a leading + (phone numbers). */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[ .\\-/]?\\d)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MIN_DIGITS = 7;

    /** The text as this role may see it. */
    public String forRole(StaffRole role, String text) {
        if (text == null || !masks(role)) {
            return text;
        }
        String withoutIban = IBAN.matcher(text).replaceAll(MASK);
        Matcher m = NUMBER.matcher(withoutIban);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            boolean identifying = digits(run) >= MIN_DIGITS && !DATE.matcher(run).matches();
            m.appendReplacement(out, Matcher.quoteReplacement(identifying ? MASK : run));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether this role's view of residents' words is masked. */
    public boolean masks(StaffRole role) {
        return role == StaffRole.SLEUTELPERSOON;
    }

    /** Whether this role may open photos, documents and voice notes that residents sent (letters carry identifiers). */
    public boolean mayOpenResidentMedia(StaffRole role) {
        return !masks(role);
    }

    private static int digits(String run) {
        return (int) run.codePoints().filter(Character::isDigit).count();
    }
}
