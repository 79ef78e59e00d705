package nl.selam.bot.console.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.views.View;
import nl.selam.bot.channel.telegram.TelegramStaffLinks;
import nl.selam.bot.console.ConsoleErrors;
import nl.selam.bot.console.access.ConsoleSessions;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.staff.Credentials;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAccounts;
import nl.selam.bot.staff.IssuedToken;
import nl.selam.bot.staff.StaffApiToken;
import nl.selam.bot.staff.StaffApiTokens;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff accounts: list, create with a one-time password, change role and languages, (de)activate, reset the
 * password, issue and revoke personal staff API tokens. The one-time password and a new token are shown once, on
 * the answer to the form, and never stored in clear.
 */
@Controller(value = "/console/admin/accounts", produces = MediaType.TEXT_HTML)
@Secured(Beheerders.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountsController {

    static final List<String> LANGUAGES = nl.selam.kb.language.Language.staffedCodes();
    private static final String VIEW = "console/admin/accounts";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Beheerders beheerders;
    private final StaffAccounts accounts;
    private final Credentials credentials;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final ConsoleSessions sessions;
    private final StaffApiTokens tokens;
    private final TelegramStaffLinks telegram;
    private final SecureRandom random = new SecureRandom();

    AccountsController(Beheerders beheerders, StaffAccounts accounts, Credentials credentials, AuditLog audit,
                       TransactionOperations<Connection> tx, ConsoleSessions sessions,
                       StaffApiTokens tokens, TelegramStaffLinks telegram) {
        this.tokens = tokens;
        this.telegram = telegram;
        this.beheerders = beheerders;
        this.accounts = accounts;
        this.credentials = credentials;
        this.audit = audit;
        this.tx = tx;
        this.sessions = sessions;
    }

    /** One row of the list. */
    record Row(long id, String name, String username, String role, List<String> languages, boolean active,
               String lastLogin, boolean self) {

        public boolean speaks(String language) {
            return languages.contains(language);
        }
    }

    @Get
    @View(VIEW)
    Map<String, Object> list(Authentication authentication, @Nullable @QueryValue String saved) {
        ConsoleUser me = beheerders.me(authentication);
        Map<String, Object> model = model(me);
        model.put("saved", saved != null);
        return model;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(Authentication authentication, @Body Map<String, String> form) {
        ConsoleUser me = beheerders.me(authentication);
        try {
            String username = form.getOrDefault("username", "");
            String password = oneTimePassword(form.get("password"));
            StaffAccount created = tx.executeWrite(status -> {
                StaffAccount account = accounts.create(form.get("name"), role(form.get("role")), languages(form));
                credentials.set(account.id(), username, password, true);
                return account;
            });
            audit.record(me.account(), "ACCOUNT_CREATED", null, "staff " + created.id());
            Map<String, Object> model = model(me);
            model.put("oneTime", Map.of("name", created.name(), "username",
                    credentials.usernameOf(created.id()).orElse(username), "password", password));
            return Beheerders.secretPage(VIEW, model);
        } catch (InvalidRequestException | ApiProblem e) {
            Map<String, Object> model = model(me);
            ConsoleErrors.into(model, e);
            model.put("draft", form);
            return Beheerders.page(HttpStatus.BAD_REQUEST, VIEW, model);
        }
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(Authentication authentication, long id, @Body Map<String, String> form) {
        ConsoleUser me = beheerders.me(authentication);
        try {
            StaffRole role = role(form.get("role"));
            if (id == me.id() && role != StaffRole.BEHEERDER) {
                throw new InvalidRequestException("you cannot take away your own beheerder role", "error.admin.ownRole");
            }
            accounts.update(id, role, languages(form));
            audit.record(me.account(), "ACCOUNT_UPDATED", null, "staff " + id);
            return HttpResponse.seeOther(URI.create("/console/admin/accounts?saved=" + id));
        } catch (InvalidRequestException | ApiProblem e) {
            return refused(me, e);
        }
    }

    @Post(value = "/{id}/active", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> active(Authentication authentication, long id, @Body Map<String, String> form) {
        ConsoleUser me = beheerders.me(authentication);
        try {
            boolean active = "true".equals(form.get("active"));
            if (id == me.id() && !active) {
                throw new InvalidRequestException("you cannot deactivate your own account", "error.admin.ownAccount");
            }
            accounts.setActive(id, active);
            if (!active) {
                sessions.endAll(id);
            }
            audit.record(me.account(), active ? "ACCOUNT_ACTIVATED" : "ACCOUNT_DEACTIVATED", null, "staff " + id);
            return HttpResponse.seeOther(URI.create("/console/admin/accounts?saved=" + id));
        } catch (InvalidRequestException | ApiProblem e) {
            return refused(me, e);
        }
    }

    @Post(value = "/{id}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetPassword(Authentication authentication, long id, @Body Map<String, String> form) {
        ConsoleUser me = beheerders.me(authentication);
        try {
            StaffAccount account = accounts.find(id).orElseThrow(() -> ApiProblem.notFound("staff account " + id));
            // an account made through the staff API has no login yet: the form then asks for a username
            String username = credentials.usernameOf(id).orElse(form.getOrDefault("username", ""));
            String password = oneTimePassword(null);
            credentials.set(id, username, password, true);
            audit.record(me.account(), "ACCOUNT_PASSWORD_RESET", null, "staff " + id);
            Map<String, Object> model = model(me);
            model.put("oneTime", Map.of("name", account.name(), "username",
                    credentials.usernameOf(id).orElse(username), "password", password));
            return Beheerders.secretPage(VIEW, model);
        } catch (InvalidRequestException | ApiProblem e) {
            return refused(me, e);
        }
    }

    /** Ends a staff member's Telegram link (a lost phone, someone who left); their chat is told. */
    @Post(value = "/{id}/telegram/unlink", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlinkTelegram(Authentication authentication, long id, @Nullable @Body Map<String, String> form) {
        ConsoleUser me = beheerders.me(authentication);
        if (!telegram.unlink(me.account(), id)) {
            return refused(me, ApiProblem.notFound("a Telegram link of staff account " + id));
        }
        return HttpResponse.seeOther(URI.create("/console/admin/accounts?saved=" + id));
    }

    /** Issues a personal staff API token for the account; the page shows it this once. */
    @Post(value = "/{id}/tokens", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createToken(Authentication authentication, long id, @Body Map<String, String> form) {
        ConsoleUser me = beheerders.me(authentication);
        try {
            IssuedToken issued = tokens.issue(me.account(), id, form.get("label"));
            Map<String, Object> model = model(me);
            StaffAccount owner = accounts.find(id).orElseThrow();
            model.put("newToken", Map.of("name", owner.name(), "label", issued.stored().label(),
                    "token", issued.token()));
            return Beheerders.secretPage(VIEW, model);
        } catch (InvalidRequestException | ApiProblem e) {
            return refused(me, e);
        }
    }

    @Post(value = "/{id}/tokens/{tokenId}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revokeToken(Authentication authentication, long id, long tokenId,
                                @Nullable @Body Map<String, String> form) {
        ConsoleUser me = beheerders.me(authentication);
        if (!tokens.revoke(me.account(), id, tokenId)) {
            return refused(me, ApiProblem.notFound("an open API token " + tokenId + " of staff account " + id));
        }
        return HttpResponse.seeOther(URI.create("/console/admin/accounts?saved=" + id));
    }

    /** A token as listed: never the token or its hash. */
    record TokenRow(long id, String label, String created, String lastUsed, boolean revoked) {
    }

    private HttpResponse<?> refused(ConsoleUser me, RuntimeException e) {
        Map<String, Object> model = model(me);
        ConsoleErrors.into(model, e);
        HttpStatus status = e instanceof ApiProblem p ? p.status() : HttpStatus.BAD_REQUEST;
        return Beheerders.page(status, VIEW, model);
    }

    private Map<String, Object> model(ConsoleUser me) {
        Map<Long, Instant> lastLogins = accounts.lastLogins();
        List<Row> rows = new ArrayList<>();
        for (StaffAccount a : accounts.all()) {
            rows.add(new Row(a.id(), a.name(), credentials.usernameOf(a.id()).orElse(""), a.role().name(),
                    a.languageList(), a.active(), beheerders.when(lastLogins.get(a.id())), a.id() == me.id()));
        }
        // active first, then by name
        rows.sort(Comparator.comparing((Row r) -> !r.active()).thenComparing(r -> r.name().toLowerCase()));
        Map<Long, List<TokenRow>> tokenRows = new HashMap<>();
        for (Row r : rows) {
            tokenRows.put(r.id(), tokens.of(r.id()).stream().map(this::tokenRow).toList());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", rows);
        model.put("tokens", tokenRows);
        model.put("telegramLinked", telegram.linkedStaff());
        model.put("languages", LANGUAGES);
        model.put("roles", List.of(StaffRole.values()).stream().map(Enum::name).toList());
        model.put("minPassword", Credentials.MIN_PASSWORD_LENGTH);
        model.put("draft", Map.of());
        return model;
    }

    private TokenRow tokenRow(StaffApiToken t) {
        return new TokenRow(t.id(), t.label(), beheerders.when(t.createdAt()), beheerders.when(t.lastUsed()),
                t.revoked());
    }

    private static StaffRole role(String value) {
        try {
            return StaffRole.valueOf(Optional.ofNullable(value).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("choose a role", "error.account.role");
        }
    }

    private static List<String> languages(Map<String, String> form) {
        return LANGUAGES.stream().filter(l -> form.containsKey("lang_" + l)).toList();
    }

    /** The beheerder's choice, or else a random one of 14 characters. */
    private String oneTimePassword(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
