package nl.selam.bot.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAuthenticator;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.system.ApiProblem;

import java.util.List;

/** Where a beheerder sees messages the outbox gave up on (no message text: only what failed and how often). */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/staff/outbox/parked")
@ExecuteOn(TaskExecutors.BLOCKING)
class ParkedOutboxController {

    private final StaffAuthenticator auth;
    private final Outbox outbox;

    ParkedOutboxController(StaffAuthenticator auth, Outbox outbox) {
        this.auth = auth;
        this.outbox = outbox;
    }

    @Get
    List<ParkedView> parked(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization) {
        StaffAccount staff = auth.authenticate(authorization);
        if (staff.role() != StaffRole.BEHEERDER) {
            throw ApiProblem.forbidden("only a beheerder sees the parked outbox");
        }
        return outbox.parked().stream().map(e -> new ParkedView(e.id(), e.messageId(), e.channel(), e.attempts(),
                e.lastError(), e.createdAt().toString())).toList();
    }

    /** One parked delivery. */
    @Serdeable
    record ParkedView(long id, long messageId, String channel, int attempts, @Nullable String lastError,
                      String createdAt) {
    }
}
