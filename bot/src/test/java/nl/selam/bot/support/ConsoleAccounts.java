package nl.selam.bot.support;

import jakarta.inject.Singleton;
import nl.selam.bot.staff.Credentials;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAccounts;
import nl.selam.bot.staff.StaffRole;

import java.util.List;
import java.util.UUID;

/** Creates console accounts with a login for tests; each gets a unique username and the password {@link #PASSWORD}. */
@Singleton
public class ConsoleAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private final StaffAccounts accounts;
    private final Credentials credentials;

    ConsoleAccounts(StaffAccounts accounts, Credentials credentials) {
        this.accounts = accounts;
        this.credentials = credentials;
    }

    /** A new active account; its username is returned by {@link StaffAccount#name()}. */
    public StaffAccount create(StaffRole role, String... languages) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        StaffAccount account = accounts.create(username, role, List.of(languages));
        credentials.set(account.id(), username, PASSWORD, false);
        return account;
    }
}
