package nl.selam.bot.console.access;

import nl.selam.bot.staff.Credentials;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAccounts;
import nl.selam.bot.staff.StaffRole;

import java.security.SecureRandom;
import java.util.List;

/**
 * On the first start with an empty database, creates the beheerder who sets everyone else up: the one named by
 * {@code SELAM_ADMIN_USER}/{@code SELAM_ADMIN_PASSWORD}, or else "beheerder" with a one-time password that is
 * printed once to the console (not to the log) and must be changed at the first login.
 */
@Singleton
class AdminBootstrap {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Credentials credentials;
    private final StaffAccounts accounts;
    private final ConsoleAccessConfiguration config;

    AdminBootstrap(Credentials credentials, StaffAccounts accounts, ConsoleAccessConfiguration config) {
        this.credentials = credentials;
        this.accounts = accounts;
        this.config = config;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (credentials.anyExist()) {
            return;
        }
        String username = config.adminUser() == null || config.adminUser().isBlank()
                ? "beheerder" : Credentials.normaliseUsername(config.adminUser());
        boolean given = config.adminPassword() != null && !config.adminPassword().isBlank();
        String password = given ? config.adminPassword() : oneTimePassword();
        StaffAccount admin = accounts.all().stream().filter(a -> a.name().equals(username)).findFirst()
                .orElseGet(() -> accounts.create(username, StaffRole.BEHEERDER, List.of()));
        credentials.set(admin.id(), username, password, !given);
        if (!given) {
            // Deliberately stdout and not the logger: log files are shipped and kept, this line must not be.
            System.out.println("""

                    ==================================================================
                     Selam console: first start. Log in at /console/login as
                       username: %s
                       one-time password: %s
                     You will be asked to choose a new password. This is shown once.
                    ==================================================================
                    """.formatted(username, password));
        }
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
