package nl.selam.bot.routing;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Routing between tolken and sleutelpersonen ({@code selam.routing.*}).
 * <ul>
 *   <li>{@code enabled} (SELAM_ROUTING_ENABLED, default true): each pool sees its own escalations plus the fallback;
 *       off, every tolk and sleutelpersoon sees every escalation of their languages, as before issue 15 (the pool
 *       is still recorded, for the supervisor's figures);</li>
 *   <li>{@code rules-file} (SELAM_ROUTING_RULES_FILE): a YAML file in the format of the built-in
 *       {@code routing/rules.yml}; empty for the built-in rules;</li>
 *   <li>{@code active-within} (SELAM_ROUTING_ACTIVE_WITHIN, default 15m): a staff member counts as active when they
 *       used the console this recently and are still logged in;</li>
 *   <li>{@code telegram-linked-counts} (default true): a linked Telegram chat counts as active too, since new
 *       escalations reach them there.</li>
 * </ul>
 */
@ConfigurationProperties("selam.routing")
public class RoutingConfiguration {

    private boolean enabled = true;
    private String rulesFile = "";
    private Duration activeWithin = Duration.ofMinutes(15);
    private boolean telegramLinkedCounts = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getRulesFile() {
        return rulesFile;
    }

    public void setRulesFile(String rulesFile) {
        this.rulesFile = rulesFile == null ? "" : rulesFile;
    }

    public Duration getActiveWithin() {
        return activeWithin;
    }

    public void setActiveWithin(Duration activeWithin) {
        this.activeWithin = activeWithin;
    }

    public boolean isTelegramLinkedCounts() {
        return telegramLinkedCounts;
    }

    public void setTelegramLinkedCounts(boolean telegramLinkedCounts) {
        this.telegramLinkedCounts = telegramLinkedCounts;
    }
}
