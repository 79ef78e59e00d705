package nl.selam.bot.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import nl.selam.bot.privacy.StaffViewMasking;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAuthenticator;

import java.time.Clock;
import java.util.List;

/**
 * The staff side of escalations as JSON, for the console to build on. Every call needs a personal staff API
 * token as {@code Authorization: Bearer} and acts as its account (see {@link StaffAuthenticator}).
 */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/staff/escalations")
@ExecuteOn(TaskExecutors.BLOCKING)
class EscalationStaffController {


    private final StaffAuthenticator auth;
    private final StaffDesk desk;
    private final EscalationConfiguration config;
    private final StaffViewMasking masking;
    private final Clock clock;

    EscalationStaffController(StaffAuthenticator auth, StaffDesk desk, EscalationConfiguration config,
                              StaffViewMasking masking, Clock clock) {
        this.masking = masking;
        this.auth = auth;
        this.desk = desk;
        this.config = config;
        this.clock = clock;
    }

    @Get
    List<EscalationView> queue(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization) {
        StaffAccount staff = auth.authenticate(authorization);
        return desk.queue(staff).stream().map(this::view).toList();
    }

    @Get("/{id}")
    ConversationView conversation(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization,
                                  @PathVariable long id) {
        StaffAccount staff = auth.authenticate(authorization);
        // a sleutelpersoon reads the resident's words with identifying numbers masked, as in the console
        return new ConversationView(id, desk.conversation(staff, id).stream().map(MessageView::from)
                .map(m -> "IN".equals(m.direction()) ? m.withText(masking.forRole(staff.role(), m.text())) : m)
                .toList());
    }

    @Post("/{id}/claim")
    EscalationView claim(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization, @PathVariable long id) {
        return view(desk.claim(auth.authenticate(authorization), id));
    }

    @Post("/{id}/reply")
    MessageView reply(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization, @PathVariable long id,
                      @Body ReplyRequest body) {
        StaffAccount staff = auth.authenticate(authorization);
        return MessageView.from(desk.reply(staff, id, StaffDesk.replyText(body.text())));
    }

    @Post("/{id}/release")
    EscalationView release(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization, @PathVariable long id) {
        return view(desk.release(auth.authenticate(authorization), id));
    }

    @Post("/{id}/resolve")
    EscalationView resolve(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization, @PathVariable long id) {
        return view(desk.resolve(auth.authenticate(authorization), id));
    }

    @Post("/{id}/handover")
    EscalationView handOver(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization, @PathVariable long id,
                            @Body HandoverRequest body) {
        StaffAccount staff = auth.authenticate(authorization);
        return view(desk.handOver(staff, id, StaffDesk.handoverNote(body.note())));
    }

    private EscalationView view(Escalation e) {
        long waiting = java.time.Duration.between(e.createdAt(), clock.instant()).toMinutes();
        return new EscalationView(e.id(), e.language(), e.reason().name(), e.urgent(), e.state().name(),
                e.claimedBy(), e.createdAt().toString(), waiting, e.overdueAt() != null, e.handoverNote());
    }

    /** One queue entry; {@code overdue} flags an escalation that waited longer than its language allows. */
    @Serdeable
    record EscalationView(long id, String language, String reason, boolean urgent, String state,
                          @Nullable Long claimedBy, String createdAt, long waitingMinutes, boolean overdue,
                          @Nullable String handoverNote) {
    }

    @Serdeable
    record ConversationView(long escalationId, List<MessageView> messages) {
    }

    @Serdeable
    record MessageView(long id, String direction, String kind, @Nullable String text, @Nullable String language,
                       @Nullable Long staffId, String createdAt) {

        MessageView withText(@Nullable String shown) {
            return new MessageView(id, direction, kind, shown, language, staffId, createdAt);
        }

        static MessageView from(nl.selam.bot.conversation.Message m) {
            return new MessageView(m.id(), m.direction().name(), m.kind().name(), m.text(), m.language(),
                    m.staffId(), m.createdAt().toString());
        }
    }

    @Serdeable
    record ReplyRequest(@Nullable String text) {
    }

    @Serdeable
    record HandoverRequest(@Nullable String note) {
    }
}
