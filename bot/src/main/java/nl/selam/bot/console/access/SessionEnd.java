package nl.selam.bot.console.access;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LogoutEvent;
import jakarta.inject.Singleton;

/** Logout ends the session on the server too; removing the cookie alone would leave every copy of it working. */
@Singleton
class SessionEnd {

    private final ConsoleSessions sessions;

    SessionEnd(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void onLogout(LogoutEvent event) {
        if (event.getSource() instanceof Authentication auth
                && auth.getAttributes().get(ConsoleAuthenticationProvider.SESSION_ID) instanceof String sid) {
            sessions.end(sid);
        }
    }
}
