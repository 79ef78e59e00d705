package nl.selam.bot.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL server the tests use: {@code SELAM_TEST_PG_URL} (default 127.0.0.1:5432, database {@code test},
 * trust authentication as {@code postgres} or {@code root}). Locally the PostgreSQL tests skip when no server
 * answers; in CI ({@code CI=true}) they fail instead, so a broken database setup cannot pass unnoticed.
 */
public final class Postgres {

    public static final String URL = Optional.ofNullable(System.getenv("SELAM_TEST_PG_URL"))
            .orElse("jdbc:postgresql://127.0.0.1:5432/test");
    private static final List<String> USERS = List.of("postgres", "root");

    private Postgres() {
    }

    /** For {@code @EnabledIf}: run when a server answers, and always in CI. */
    public static boolean shouldRun() {
        return inCi() || user().isPresent();
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Drops and recreates {@code schema}, and returns the properties that point Selam at it.
     *
     * @throws AssertionError when no server answers (only reached in CI, see {@link #shouldRun()})
     */
    public static Map<String, Object> freshSchema(String schema) {
        String user = user().orElseThrow(() -> new AssertionError("PostgreSQL is required in CI but " + URL
                + " does not answer for users " + USERS + "; .ci/run should have started it"));
        try (Connection c = DriverManager.getConnection(URL, user, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new AssertionError("cannot prepare schema " + schema, e);
        }
        return Map.of(
                "datasources.default.url", URL + "?currentSchema=" + schema,
                "datasources.default.username", user,
                "datasources.default.password", "",
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.driver-class-name", "org.postgresql.Driver");
    }

    private static Optional<String> user() {
        for (String user : USERS) {
            try (Connection ignored = DriverManager.getConnection(URL, user, "")) {
                return Optional.of(user);
            } catch (SQLException e) {
                // try the next user
            }
        }
        return Optional.empty();
    }
}
