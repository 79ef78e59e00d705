package nl.selam.bot.staff;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.kb.language.Language;

import java.time.Clock;
import java.util.List;

/** Creates and lists staff accounts. */
@Singleton
public class StaffAccounts {

    private final StaffRepository staff;
    private final Clock clock;

    StaffAccounts(StaffRepository staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    public StaffAccount create(String name, StaffRole role, List<String> languages) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidRequestException("field 'name' must be 1 to 100 characters");
        }
        if (role == null) {
            throw new InvalidRequestException("field 'role' must be one of TOLK, SLEUTELPERSOON, REDACTEUR, BEHEERDER");
        }
        List<String> codes = languages == null ? List.of() : languages;
        if (codes.stream().anyMatch(c -> Language.fromCode(c).filter(l -> l != Language.UND).isEmpty())) {
            throw new InvalidRequestException("field 'languages' holds an unknown code; use nl, ar, ti, en, am, fa");
        }
        try {
            return staff.save(new StaffAccount(null, name.strip(), role, String.join(",", codes), true,
                    clock.instant()));
        } catch (DataAccessException duplicate) {
            throw ApiProblem.conflict("a staff account with that name exists");
        }
    }

    public List<StaffAccount> all() {
        return staff.findAll();
    }
}
