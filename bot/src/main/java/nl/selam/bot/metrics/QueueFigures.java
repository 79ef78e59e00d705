package nl.selam.bot.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures that live in the database rather than in this instance: the open escalations per language and the
 * outbox entries pending or parked. Read when Prometheus scrapes (two small counts), so an instance nobody scrapes
 * never queries, and every instance of a cluster reports the same shared figures.
 */
@Singleton
class QueueFigures {

    private static final Logger LOG = LoggerFactory.getLogger(QueueFigures.class);
    // reported even at zero, so a dashboard shows a flat line instead of a gap
    private static final List<String> LANGUAGES = nl.selam.kb.language.Language.answeredCodes();

    private final TransactionOperations<Connection> tx;
    private final MultiGauge openEscalations;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();

    QueueFigures(TransactionOperations<Connection> tx, MeterRegistry registry) {
        this.tx = tx;
        this.openEscalations = MultiGauge.builder("selam.escalations.open")
                .description("Escalations waiting for a person (not yet claimed), per queue language")
                .register(registry);
        Gauge.builder("selam.outbox.pending", pending, AtomicLong::get)
                .description("Outgoing messages not yet taken by their channel (all instances)").register(registry);
        Gauge.builder("selam.outbox.parked", parked, AtomicLong::get)
                .description("Outgoing messages parked for a beheerder after failed deliveries").register(registry);
    }

    void refresh() {
        try {
            tx.executeRead(status -> {
                read(status.getConnection());
                return null;
            });
        } catch (RuntimeException e) {
            // the rest of the scrape (JVM, pool, counters) is still worth having when the database is away
            LOG.warn("Metrics: queue figures not read ({})", e.getClass().getSimpleName());
        }
    }

    private void read(Connection connection) {
        Map<String, Long> open = new TreeMap<>();
        LANGUAGES.forEach(language -> open.put(language, 0L));
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT language, COUNT(*) FROM escalation WHERE state = 'OPEN' GROUP BY language")) {
                while (rows.next()) {
                    open.put(rows.getString(1), rows.getLong(2));
                }
            }
            long pendingNow = 0;
            long parkedNow = 0;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT state, COUNT(*) FROM outbox WHERE state IN ('PENDING', 'PARKED') GROUP BY state")) {
                while (rows.next()) {
                    if ("PENDING".equals(rows.getString(1))) {
                        pendingNow = rows.getLong(2);
                    } else {
                        parkedNow = rows.getLong(2);
                    }
                }
            }
            pending.set(pendingNow);
            parked.set(parkedNow);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        open.forEach((language, count) -> rows.add(MultiGauge.Row.of(Tags.of("language", language), count)));
        openEscalations.register(rows, true);
    }
}
