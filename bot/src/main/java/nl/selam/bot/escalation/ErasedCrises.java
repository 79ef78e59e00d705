package nl.selam.bot.escalation;

import jakarta.inject.Singleton;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.system.ApiProblem;

import java.time.Clock;
import java.util.List;

/**
 * Crisis and erase (issue 15, item 5). A resident may erase everything at any moment, also in the middle of a
 * crisis; the escalation then goes with the rest. So that the tolk is not left wondering where an urgent
 * conversation went, the erasure first leaves a safety record (language and times only) on the desk of that
 * language, which stays until a staff member closes it. See docs/privacy.md.
 */
@Singleton
public class ErasedCrises implements nl.selam.bot.privacy.ErasureListener {

    private final EscalationRepository escalations;
    private final ErasedCrisisRepository records;
    private final AuditLog audit;
    private final Clock clock;

    ErasedCrises(EscalationRepository escalations, ErasedCrisisRepository records, AuditLog audit, Clock clock) {
        this.escalations = escalations;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Called by the erasure, in its transaction, before the resident's rows are deleted: leaves a record when the
     * resident has an open crisis escalation.
     */
    @Override
    public void beforeErasing(long residentId) {
        escalations.findActive(residentId).filter(e -> e.urgent() || e.reason() == EscalationCause.CRISIS)
                .ifPresent(e -> records.save(new ErasedCrisis(null, e.language(), e.createdAt(), clock.instant(),
                        null, null)));
    }

    /** Deletes records closed before the moment (the retention job, with the conversations' cutoff). */
    @Override
    public int purgeClosedBefore(java.time.Instant before) {
        return records.deleteClosedBefore(before);
    }

    /** The records still open in the staff member's languages. */
    public List<ErasedCrisis> open(StaffAccount staff) {
        List<String> languages = staff.languageList();
        return languages.isEmpty() || !staff.answersResidents() ? List.of() : records.findOpen(languages);
    }

    /** Closes a record of one of the staff member's languages; a second close (or another language) is refused. */
    public void close(StaffAccount staff, long id) {
        if (!staff.answersResidents() || staff.languageList().isEmpty()
                || records.close(id, staff.id(), staff.languageList(), clock.instant()) == 0) {
            throw ApiProblem.conflict("no open record of your languages");
        }
        audit.record(staff, "CLOSE_ERASED_CRISIS", null, "record " + id);
    }
}
