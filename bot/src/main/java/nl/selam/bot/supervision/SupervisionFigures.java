package nl.selam.bot.supervision;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.escalation.ResponderPool;
import nl.selam.bot.escalation.WaitLimits;
import nl.selam.bot.routing.StaffPresence;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The supervisor's figures, read from the escalation, message, feedback and audit tables. The SQL only selects and
 * counts plain columns, so it runs unchanged on H2 and PostgreSQL; days, weeks, medians and percentiles are worked
 * out here, in the municipality's time zone (a UTC date would put a late-evening crisis on the wrong day).
 * Nothing read here is message text or a resident id.
 */
@Singleton
public class SupervisionFigures {

    /** Days or weeks on the charts' time axis. */
    public enum Period { DAY, WEEK }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", Locale.ROOT);
    /** The feedback chart shows the topics with most votes. */
    static final int FEEDBACK_TOPICS = 15;

    private final TransactionOperations<Connection> tx;
    private final StaffRepository staff;
    private final StaffPresence presence;
    private final WaitLimits waitLimits;
    private final SupervisionConfiguration config;
    private final Clock clock;

    SupervisionFigures(TransactionOperations<Connection> tx, StaffRepository staff, StaffPresence presence,
                       WaitLimits waitLimits, SupervisionConfiguration config, Clock clock) {
        this.tx = tx;
        this.staff = staff;
        this.presence = presence;
        this.waitLimits = waitLimits;
        this.config = config;
        this.clock = clock;
    }

    /** The queue as it is now: per language and pool, claims per staff member, crises since midnight. */
    public Figures.Live live() {
        Instant now = clock.instant();
        ZoneId zone = config.getZone();
        Instant midnight = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        WaitLimits.Limits limits = waitLimits.current();
        Map<ResponderPool, Map<String, Integer>> active = presence.activeCounts();

        record Open(String language, String pool, boolean urgent, Instant createdAt) {
        }
        List<Open> open = new ArrayList<>();
        Map<Long, Integer> claims = new HashMap<>();
        Map<Long, Integer> holding = new HashMap<>();
        int[] crises = new int[2];
        tx.executeRead(status -> {
            Connection c = status.getConnection();
            query(c, "SELECT language, pool, urgent, created_at FROM escalation WHERE state = 'OPEN'", List.of(),
                    rs -> open.add(new Open(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2),
                            rs.getBoolean(3), rs.getTimestamp(4).toInstant())));
            query(c, "SELECT staff_id, COUNT(*) FROM audit_entry WHERE action = 'CLAIM' AND at >= ? GROUP BY staff_id",
                    List.of(midnight), rs -> claims.put(rs.getLong(1), rs.getInt(2)));
            query(c, "SELECT claimed_by, COUNT(*) FROM escalation WHERE state IN ('CLAIMED', 'ANSWERED') "
                    + "AND claimed_by IS NOT NULL GROUP BY claimed_by", List.of(), rs -> holding.put(rs.getLong(1), rs.getInt(2)));
            query(c, "SELECT state FROM escalation WHERE (reason = 'CRISIS' OR urgent = TRUE) AND created_at >= ?",
                    List.of(midnight), rs -> {
                        crises[0]++;
                        if ("OPEN".equals(rs.getString(1))) {
                            crises[1]++;
                        }
                    });
            return null;
        });

        // every language and pool that has a queue or people, so an empty pool with work waiting stands out
        Map<String, Figures.QueueCell> cells = new TreeMap<>(Comparator.comparingInt(SupervisionFigures::order)
                .thenComparing(Comparator.naturalOrder()));
        java.util.Set<String> keys = new java.util.TreeSet<>();
        open.forEach(o -> keys.add(o.language() + "|" + o.pool()));
        active.forEach((pool, byLanguage) -> byLanguage.keySet().forEach(l -> keys.add(l + "|" + pool.name())));
        for (String key : keys) {
            String language = key.substring(0, key.indexOf('|'));
            String pool = key.substring(key.indexOf('|') + 1);
            List<Open> here = open.stream().filter(o -> o.language().equals(language) && o.pool().equals(pool)).toList();
            Duration limit = limits.forLanguage(language);
            long oldest = here.stream().mapToLong(o -> Duration.between(o.createdAt(), now).toMinutes()).max().orElse(0);
            int over = (int) here.stream().filter(o -> Duration.between(o.createdAt(), now).compareTo(limit) > 0).count();
            int people = pool.isEmpty() ? 0 : active.get(ResponderPool.valueOf(pool)).getOrDefault(language, 0);
            cells.put(key, new Figures.QueueCell(language, pool, here.size(),
                    (int) here.stream().filter(Open::urgent).count(), Math.max(0, oldest), limit.toMinutes(), over,
                    people));
        }

        List<Figures.StaffClaims> people = new ArrayList<>();
        java.util.Set<Long> ids = new java.util.TreeSet<>(claims.keySet());
        ids.addAll(holding.keySet());
        for (Long id : ids) {
            StaffAccount a = staff.findById(id).orElse(null);
            if (a != null) {
                people.add(new Figures.StaffClaims(a.name(), a.role().name(), claims.getOrDefault(id, 0),
                        holding.getOrDefault(id, 0)));
            }
        }
        people.sort(Comparator.comparing(Figures.StaffClaims::claimsToday).reversed()
                .thenComparing(Figures.StaffClaims::name));
        return new Figures.Live(List.copyOf(cells.values()), people, crises[0], crises[1],
                TIME.format(now.atZone(zone)));
    }

    /** The charts over the last days or weeks (configured), oldest period first. */
    public Figures.Trends trends(Period by) {
        ZoneId zone = config.getZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int count = by == Period.DAY ? config.getDays() : config.getWeeks();
        LocalDate first = by == Period.DAY ? today.minusDays(count - 1L)
                : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(count - 1L);
        Instant since = first.atStartOfDay(zone).toInstant();
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = by == Period.DAY ? first.plusDays(i) : first.plusWeeks(i);
            periods.add(by == Period.DAY ? DAY.format(start) : String.format(Locale.ROOT, "%d-W%02d",
                    start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }

        Map<String, int[]> perLanguage = new TreeMap<>(Comparator.comparingInt(SupervisionFigures::order)
                .thenComparing(Comparator.naturalOrder()));
        List<List<Long>> waits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            waits.add(new ArrayList<>());
        }
        int[] bySelam = new int[count];
        int[] byPerson = new int[count];
        Map<String, int[]> votes = new HashMap<>();
        tx.executeRead(status -> {
            Connection c = status.getConnection();
            query(c, "SELECT language, created_at, claimed_at FROM escalation WHERE created_at >= ?", List.of(since),
                    rs -> {
                        Instant created = rs.getTimestamp(2).toInstant();
                        int i = index(created, first, by, zone, count);
                        if (i < 0) {
                            return;
                        }
                        perLanguage.computeIfAbsent(rs.getString(1), l -> new int[count])[i]++;
                        byPerson[i]++;
                        Timestamp claimed = rs.getTimestamp(3);
                        if (claimed != null) {
                            waits.get(i).add(Math.max(0, Duration.between(created, claimed.toInstant()).toSeconds()));
                        }
                    });
            query(c, "SELECT created_at FROM message WHERE direction = 'OUT' AND kind = 'ANSWER' AND created_at >= ?",
                    List.of(since), rs -> {
                        int i = index(rs.getTimestamp(1).toInstant(), first, by, zone, count);
                        if (i >= 0) {
                            bySelam[i]++;
                        }
                    });
            query(c, "SELECT topic, helpful FROM feedback WHERE created_at >= ? AND topic IS NOT NULL", List.of(since),
                    rs -> votes.computeIfAbsent(rs.getString(1), t -> new int[2])[rs.getBoolean(2) ? 0 : 1]++);
            return null;
        });

        Map<String, List<Integer>> escalations = new LinkedHashMap<>();
        perLanguage.forEach((language, values) -> escalations.put(language, Arrays.stream(values).boxed().toList()));
        List<Double> median = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        for (List<Long> seconds : waits) {
            median.add(minutes(median(seconds)));
            p90.add(minutes(percentile(seconds, 0.9)));
        }
        List<Figures.TopicFeedback> feedback = votes.entrySet().stream()
                .map(e -> new Figures.TopicFeedback(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt((Figures.TopicFeedback f) -> f.up() + f.down()).reversed()
                        .thenComparing(Figures.TopicFeedback::topic))
                .limit(FEEDBACK_TOPICS).toList();
        return new Figures.Trends(by.name().toLowerCase(Locale.ROOT), periods, escalations, median, p90,
                Arrays.stream(bySelam).boxed().toList(), Arrays.stream(byPerson).boxed().toList(), feedback);
    }

    /** The median of the values (the mean of the middle two for an even count), or null when there are none. */
    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} of all values at or below it. */
    static Double percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p * sorted.size());
        return (double) sorted.get(Math.max(0, rank - 1));
    }

    // seconds to minutes with one decimal
    private static Double minutes(Double seconds) {
        return seconds == null ? null : Math.round(seconds / 6.0) / 10.0;
    }

    private static int index(Instant at, LocalDate first, Period by, ZoneId zone, int count) {
        long days = ChronoUnit.DAYS.between(first, at.atZone(zone).toLocalDate());
        long i = by == Period.DAY ? days : Math.floorDiv(days, 7);
        return i < 0 || i >= count ? -1 : (int) i;
    }

    // the queues' languages in the console's usual order, others after them
    private static int order(String language) {
        int i = WaitLimits.KEYS.indexOf(language);
        return i < 0 ? WaitLimits.KEYS.size() : i;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, List<Instant> parameters, Row row) {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setTimestamp(i + 1, Timestamp.from(parameters.get(i)));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("supervision figures: query failed (" + e.getSQLState() + ")", e);
        }
    }
}
