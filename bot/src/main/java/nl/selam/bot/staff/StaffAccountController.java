package nl.selam.bot.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Sets up staff accounts through the staff API; needs a beheerder's personal token. */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/staff/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffAccountController {

    private final StaffAuthenticator auth;
    private final StaffAccounts accounts;

    StaffAccountController(StaffAuthenticator auth, StaffAccounts accounts) {
        this.auth = auth;
        this.accounts = accounts;
    }

    @Post
    HttpResponse<StaffAccount> create(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization,
                                      @Body NewAccount body) {
        auth.beheerder(authorization);
        return HttpResponse.created(accounts.create(body.name(), body.role(), body.languages()));
    }

    @Get
    List<StaffAccount> list(@Nullable @Header(StaffAuthenticator.AUTHORIZATION) String authorization) {
        auth.beheerder(authorization);
        return accounts.all();
    }

    /** A new account: name, role and the language codes the person answers in. */
    @Serdeable
    record NewAccount(@Nullable String name, @Nullable StaffRole role, @Nullable List<String> languages) {
    }
}
