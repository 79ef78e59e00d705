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
 * {@code POST /api/staff/telegram/link-code}: a one-time code (valid 10 minutes, single use) that the staff member
 * sends to the bot as {@code /koppel <code>}, or opens as the deep link, from their own Telegram, to receive and
 * answer escalations there. The console's account page offers the same (with a QR code).
 */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/staff/telegram/link-code")
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffLinkController {

    private final StaffAuthenticator auth;
    private final TelegramStaffLinks links;

    StaffLinkController(StaffAuthenticator auth, TelegramStaffLinks links) {
        this.auth = auth;
        this.links = links;
    }

    @Post
    LinkCode create(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization) {
        var offer = links.offer(auth.authenticate(authorization));
        return new LinkCode(offer.code(), offer.deepLink(), offer.expiresAt().toString());
    }

    /** The code, to send as {@code /koppel <code>}; the deep link (null when the bot's name is unknown). */
    @Serdeable
    record LinkCode(String code, @Nullable String deepLink, String expiresAt) {
    }
}
