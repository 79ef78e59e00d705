package nl.selam.bot.staff;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.kb.language.Language;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates, lists and changes staff accounts. An account is never deleted (the audit trail points at it); it is
 * deactivated. There is always at least one active beheerder: a change that would leave none is refused.
 */
@Singleton
public class StaffAccounts {

    private final StaffRepository staff;
    private final AuditRepository audit;
    private final Clock clock;

    StaffAccounts(StaffRepository staff, AuditRepository audit, Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public StaffAccount create(String name, StaffRole role, List<String> languages) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidRequestException("field 'name' must be 1 to 100 characters", "error.account.name");
        }
        if (role == null) {
            throw new InvalidRequestException("field 'role' must be one of TOLK, SLEUTELPERSOON, REDACTEUR, BEHEERDER, TEAMLEIDER",
                    "error.account.role");
        }
        List<String> codes = checkedLanguages(languages);
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

    public Optional<StaffAccount> find(long id) {
        return staff.findById(id);
    }

    /** Gives the account another role and languages; refused if that would leave no active beheerder. */
    @Transactional
    public StaffAccount update(long id, StaffRole role, List<String> languages) {
        if (role == null) {
            throw new InvalidRequestException("field 'role' must be one of TOLK, SLEUTELPERSOON, REDACTEUR, BEHEERDER, TEAMLEIDER",
                    "error.account.role");
        }
        List<String> codes = checkedLanguages(languages);
        List<StaffAccount> beheerders = staff.lockActiveBeheerders(); // first: the check below reads no stale rows
        StaffAccount account = existing(id);
        if (account.role() == StaffRole.BEHEERDER && role != StaffRole.BEHEERDER && account.active()) {
            requireAnother(beheerders, id);
        }
        return staff.update(new StaffAccount(account.id(), account.name(), role, String.join(",", codes),
                account.active(), account.createdAt()));
    }

    /** Activates or deactivates the account; deactivating the last active beheerder is refused. */
    @Transactional
    public StaffAccount setActive(long id, boolean active) {
        List<StaffAccount> beheerders = staff.lockActiveBeheerders();
        StaffAccount account = existing(id);
        if (!active && account.active() && account.role() == StaffRole.BEHEERDER) {
            requireAnother(beheerders, id);
        }
        return staff.update(new StaffAccount(account.id(), account.name(), account.role(), account.languages(),
                active, account.createdAt()));
    }

    /** When each account last logged in to the console, from the audit trail. */
    public Map<Long, Instant> lastLogins() {
        Map<Long, Instant> last = new HashMap<>();
        audit.findLastLogins().forEach(l -> last.put(l.staffId(), l.lastLogin()));
        return last;
    }

    private StaffAccount existing(long id) {
        return staff.findById(id).orElseThrow(() -> ApiProblem.notFound("staff account " + id));
    }

    private static void requireAnother(List<StaffAccount> activeBeheerders, long id) {
        boolean another = activeBeheerders.stream().anyMatch(a -> a.id() != id);
        if (!another) {
            throw new InvalidRequestException("this is the last active beheerder: make someone else beheerder first",
                    "error.account.lastBeheerder");
        }
    }

    private static List<String> checkedLanguages(List<String> languages) {
        List<String> codes = languages == null ? List.of() : languages;
        if (codes.stream().anyMatch(c -> Language.fromCode(c).filter(l -> l != Language.UND).isEmpty())) {
            throw new InvalidRequestException("field 'languages' holds an unknown code; use nl, ar, ti, en, am, fa",
                    "error.account.languages");
        }
        return codes;
    }
}
