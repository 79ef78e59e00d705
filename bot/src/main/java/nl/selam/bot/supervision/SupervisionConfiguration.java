package nl.selam.bot.supervision;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.ZoneId;

/**
 * The supervisor's view ({@code selam.supervision.*}).
 * <ul>
 *   <li>{@code zone} (SELAM_SUPERVISION_ZONE, default Europe/Amsterdam): the time zone whose days and weeks the
 *       charts count in, and whose midnight starts "today";</li>
 *   <li>{@code days} (default 30) and {@code weeks} (default 12): how far back the charts reach.</li>
 * </ul>
 */
@ConfigurationProperties("selam.supervision")
public class SupervisionConfiguration {

    private ZoneId zone = ZoneId.of("Europe/Amsterdam");
    private int days = 30;
    private int weeks = 12;

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = Math.max(1, Math.min(days, 366));
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = Math.max(1, Math.min(weeks, 104));
    }
}
