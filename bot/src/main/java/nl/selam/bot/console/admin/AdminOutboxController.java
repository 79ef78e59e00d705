package nl.selam.bot.console.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.outbox.Outbox;
import nl.selam.bot.staff.AuditLog;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages the outbox gave up on (parked after too many failed attempts), without their text: the channel, how
 * often it was tried, the last error. "Retry" puts one back in the queue with a fresh set of attempts; "drop" gives
 * up on it. Until one or the other, a parked message holds back later messages to the same chat (order per chat).
 */
@Controller(value = "/console/admin/outbox", produces = MediaType.TEXT_HTML)
@Secured(Beheerders.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminOutboxController {

    private static final String VIEW = "console/admin/outbox";

    private final Beheerders beheerders;
    private final Outbox outbox;
    private final AuditLog audit;

    AdminOutboxController(Beheerders beheerders, Outbox outbox, AuditLog audit) {
        this.beheerders = beheerders;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** One parked delivery as listed. */
    record Parked(long id, long messageId, String channel, int attempts, String lastError, String created) {
    }

    @Get
    @View(VIEW)
    Map<String, Object> list(Authentication authentication, @Nullable @QueryValue Integer retried,
                             @Nullable @QueryValue Integer dropped) {
        beheerders.me(authentication);
        List<Parked> parked = outbox.parked().stream().map(e -> new Parked(e.id(), e.messageId(), e.channel(),
                e.attempts(), e.lastError() == null ? "" : e.lastError(), beheerders.when(e.createdAt()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("parked", parked);
        model.put("pending", outbox.pendingCount());
        model.put("retried", retried);
        model.put("dropped", dropped);
        return model;
    }

    @Post(value = "/{id}/retry", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(Authentication authentication, long id) {
        ConsoleUser me = beheerders.me(authentication);
        int retried = outbox.retry(id) ? 1 : 0;
        if (retried > 0) {
            audit.record(me.account(), "OUTBOX_RETRY", null, "outbox " + id);
        }
        return HttpResponse.seeOther(URI.create("/console/admin/outbox?retried=" + retried));
    }

    @Post(value = "/{id}/drop", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> drop(Authentication authentication, long id) {
        ConsoleUser me = beheerders.me(authentication);
        int dropped = outbox.drop(id) ? 1 : 0;
        if (dropped > 0) {
            audit.record(me.account(), "OUTBOX_DROP", null, "outbox " + id);
        }
        return HttpResponse.seeOther(URI.create("/console/admin/outbox?dropped=" + dropped));
    }

    @Post(value = "/retry-all", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retryAll(Authentication authentication) {
        ConsoleUser me = beheerders.me(authentication);
        int retried = outbox.retryAllParked();
        if (retried > 0) {
            audit.record(me.account(), "OUTBOX_RETRY_ALL", null, retried + " outbox entries");
        }
        return HttpResponse.seeOther(URI.create("/console/admin/outbox?retried=" + retried));
    }
}
