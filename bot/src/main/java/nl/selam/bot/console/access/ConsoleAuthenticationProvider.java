package nl.selam.bot.console.access;

import nl.selam.bot.staff.Credentials;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;

import java.util.List;
import java.util.Map;

/**
 * The login form of the console. On success the signed cookie carries the account id, the role and the id of a new
 * server-side session (see {@link ConsoleSessions}) that CSRF tokens are bound to; the session and the role are
 * checked against the database again on every request.
 */
@Singleton
class ConsoleAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String STAFF_ID = "staffId";
    static final String SESSION_ID = "sid";

    private final Credentials credentials;
    private final AuditLog audit;
    private final ConsoleSessions sessions;

    ConsoleAuthenticationProvider(Credentials credentials, AuditLog audit, ConsoleSessions sessions) {
        this.credentials = credentials;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> login) {
        Credentials.Login result = credentials.check(login.getIdentity(), login.getSecret());
        if (result instanceof Credentials.Accepted accepted) {
            StaffAccount account = accepted.account();
            audit.record(account, "LOGIN", null);
            return AuthenticationResponse.success(login.getIdentity().strip().toLowerCase(),
                    List.of(account.role().name()),
                    Map.of(STAFF_ID, account.id(), SESSION_ID, sessions.open(account.id())));
        }
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
