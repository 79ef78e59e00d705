package nl.selam.bot.channel.telegram;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import nl.selam.bot.staff.StaffAuthenticator;

/**
 * {@code POST /api/staff/telegram/link-code}: a one-time code (valid 15 minutes) that the staff member sends to the
 * bot as {@code /koppel <code>} from their own Telegram, to receive and answer escalations there.
 */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/staff/telegram/link-code")
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffLinkController {

    private final StaffAuthenticator auth;
    private final StaffTelegram telegram;

    StaffLinkController(StaffAuthenticator auth, StaffTelegram telegram) {
        this.auth = auth;
        this.telegram = telegram;
    }

    @Post
    LinkCode create(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization) {
        return new LinkCode(telegram.newCode(auth.authenticate(authorization)));
    }

    /** The code, to send as {@code /koppel <code>}. */
    @Serdeable
    record LinkCode(String code) {
    }
}
