package nl.selam.bot.system;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded H2 file stays small while Selam commits every message at once (WRITE_DELAY=0). */
class H2HousekeepingTest {

    private static final String SETTINGS = ";WRITE_DELAY=0;RETENTION_TIME=1000;MAX_COMPACT_TIME=30000";

    @TempDir
    Path folder;

    @Test
    void givenOneCommitPerTurn_whenHousekeepingRuns_thenTheLiveFileGrowsFarLess() throws Exception {
        long without = liveSizeAfterTurns(folder.resolve("without"), false);
        long with = liveSizeAfterTurns(folder.resolve("with"), true);
        assertTrue(with * 2 < without, "with housekeeping " + with + " bytes, without " + without);
    }

    private static long liveSizeAfterTurns(Path dir, boolean housekeeping) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("t") + SETTINGS);
        ds.setUser("sa");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (Connection held = ds.getConnection()) {
            held.createStatement().execute("CREATE TABLE message(id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "resident BIGINT, text VARCHAR(8000), state VARCHAR(20))");
            held.createStatement().execute("CREATE INDEX message_resident ON message(resident)");
            H2Housekeeping job = new H2Housekeeping(ds, true);
            if (housekeeping) {
                timer.scheduleWithFixedDelay(job::run, 100, 100, TimeUnit.MILLISECONDS);
            }
            try (Connection c = ds.getConnection()) {
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO message(resident, text, state) VALUES (?, ?, 'NEW')");
                PreparedStatement update = c.prepareStatement("UPDATE message SET state = 'DONE' WHERE resident = ?");
                for (int i = 0; i < 3000; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "een bericht van een bewoner, nummer " + i);
                    insert.executeUpdate();
                    update.setLong(1, i);
                    update.executeUpdate();
                }
            }
            timer.shutdownNow();
            timer.awaitTermination(10, TimeUnit.SECONDS);
            return Files.size(dir.resolve("t.mv.db"));
        } finally {
            timer.shutdownNow();
        }
    }
}
