package nl.selam.bot.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the embedded H2 file small under load (issue 13: 1.3 GB after a 60 s load test). Selam commits with
 * {@code WRITE_DELAY=0} so that a killed process loses no acknowledged message; H2 then writes one chunk per commit
 * and, with that setting, no longer runs the background thread that frees replaced chunks and rewrites sparse ones,
 * so the file only grew until the next clean shutdown. This job does that thread's housekeeping on a schedule: drop
 * the chunks older than {@code RETENTION_TIME} that nothing uses any more, and rewrite chunks that are mostly
 * garbage, so new chunks reuse the space. Measured with 3,000 simulated turns on 8 threads: 57 MB live without it,
 * 10 MB with it (docs/operations.md). Only for an embedded H2 file; PostgreSQL has its own vacuum.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:file:.*")
class H2Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);
    /** Rewrite chunks until the live data fills this share of the file (H2's own auto-compaction default). */
    private static final int TARGET_FILL_RATE = 90;
    /** At most this many bytes rewritten per run, so one run never holds up commits for long. */
    private static final int WRITE_LIMIT = 16 * 1024 * 1024;

    private final DataSource dataSource;
    private final boolean enabled;
    private final AtomicBoolean failed = new AtomicBoolean();

    H2Housekeeping(DataSource dataSource, @Value("${selam.h2.housekeeping:true}") boolean enabled) {
        // the pool itself: the injected DataSource hands out only the connection of a surrounding transaction
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.enabled = enabled;
    }

    @Scheduled(fixedDelay = "${selam.h2.housekeeping-interval:1s}", initialDelay = "5s")
    void run() {
        if (!enabled || failed.get()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
                    .getStore().getMvStore();
            if (store.isClosed() || store.getFileStore() == null) {
                return;
            }
            store.getFileStore().dropUnusedChunks();
            store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
        } catch (SQLException e) {
            // no connection free (a busy pool) or the database is closing: the next run tries again
            LOG.debug("H2 housekeeping skipped: {}", e.toString());
        } catch (RuntimeException | LinkageError e) {
            // an H2 version whose internals differ: stop trying, the file only grows as it did before
            if (failed.compareAndSet(false, true)) {
                LOG.warn("H2 housekeeping is off: {}", e.toString());
            }
        }
    }
}
