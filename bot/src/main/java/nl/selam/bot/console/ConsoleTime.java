package nl.selam.bot.console;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the municipality's staff read them: in its own time zone ({@code selam.municipality.time-zone},
 * default Europe/Amsterdam), whatever zone the server runs in. The database keeps UTC.
 */
@Singleton
public class ConsoleTime {

    private final ZoneId zone;
    private final DateTimeFormatter short_;
    private final DateTimeFormatter full;

    ConsoleTime(@Value("${selam.municipality.time-zone:Europe/Amsterdam}") String zone) {
        this.zone = ZoneId.of(zone);
        this.short_ = DateTimeFormatter.ofPattern("dd-MM HH:mm", Locale.ROOT).withZone(this.zone);
        this.full = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(this.zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Day, month and time, as in lists ("03-12 14:05"). */
    public String short_(Instant at) {
        return short_.format(at);
    }

    /** The whole date and time ("2026-12-03 14:05"). */
    public String full(Instant at) {
        return full.format(at);
    }
}
