package nl.selam.bot.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationCause;
import nl.selam.bot.escalation.EscalationRouting;
import nl.selam.bot.escalation.ResponderPool;
import nl.selam.bot.staff.StaffAccount;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The routing rules and the fallback between the pools (see {@link EscalationRouting}). */
@Singleton
class Router implements EscalationRouting {

    static final String BUILT_IN = "classpath:routing/rules.yml";

    private final RoutingRules rules;
    private final RoutingConfiguration config;
    private final StaffPresence presence;

    Router(RoutingConfiguration config, StaffPresence presence, ResourceResolver resources) {
        this.config = config;
        this.presence = presence;
        this.rules = load(config.getRulesFile(), resources);
    }

    public RoutingRules rules() {
        return rules;
    }

    @Override
    public ResponderPool poolFor(EscalationCause cause, boolean urgent, @Nullable String topic) {
        return rules.poolFor(cause, urgent, topic);
    }

    @Override
    public Predicate<Escalation> mayTake(StaffAccount staff) {
        Optional<ResponderPool> mine = ResponderPool.of(staff.role());
        if (!config.isEnabled() || mine.isEmpty()) {
            return e -> true;
        }
        ResponderPool own = mine.get();
        // read once per pass, and only where needed: most queues hold only their own pool's escalations
        Set<String>[] othersActive = new Set[1];
        return e -> {
            if (e.pool() == null || e.pool() == own || Objects.equals(e.claimedBy(), staff.id())) {
                return true;
            }
            if (othersActive[0] == null) {
                othersActive[0] = presence.activeLanguages().get(own.other());
            }
            return !othersActive[0].contains(e.language());
        };
    }

    private static RoutingRules load(String file, ResourceResolver resources) {
        if (file.isBlank()) {
            return RoutingRules.parse(resources.getResourceAsStream(BUILT_IN)
                    .orElseThrow(() -> new IllegalStateException("built-in routing rules missing")), BUILT_IN);
        }
        try {
            return RoutingRules.parse(Files.newInputStream(Path.of(file)), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read routing rules " + file, e);
        }
    }
}
