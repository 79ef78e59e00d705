package nl.selam.bot.routing;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.escalation.EscalationCause;
import nl.selam.bot.escalation.ResponderPool;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The routing rules as content (see {@code routing/rules.yml}): the first matching rule gives the pool. Read once;
 * a malformed file stops the start with a message naming the problem, rather than routing by guesswork.
 */
public record RoutingRules(List<Rule> rules, ResponderPool otherwise) {

    public RoutingRules {
        rules = List.copyOf(rules);
    }

    /** One rule; a null condition is not checked. */
    public record Rule(ResponderPool pool, @Nullable Boolean urgent, @Nullable Set<EscalationCause> causes,
                       @Nullable List<String> topics) {

        boolean matches(EscalationCause cause, boolean isUrgent, @Nullable String topic) {
            if (urgent != null && urgent != isUrgent) {
                return false;
            }
            if (causes != null && !causes.contains(cause)) {
                return false;
            }
            return topics == null || (topic != null && topics.stream().anyMatch(t -> topicMatches(t, topic)));
        }

        private static boolean topicMatches(String pattern, String topic) {
            return pattern.endsWith(".*") ? topic.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.equals(topic);
        }
    }

    public ResponderPool poolFor(EscalationCause cause, boolean urgent, @Nullable String topic) {
        return rules.stream().filter(r -> r.matches(cause, urgent, topic)).map(Rule::pool).findFirst()
                .orElse(otherwise);
    }

    /** Parses the YAML format of {@code routing/rules.yml}. */
    public static RoutingRules parse(InputStream yaml, String source) {
        Object root;
        try (yaml) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read routing rules " + source, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("routing rules " + source + " are not valid YAML", e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw invalid(source, "expected 'rules' and 'otherwise'");
        }
        ResponderPool otherwise = pool(top.get("otherwise"), source, "otherwise");
        List<Rule> rules = new ArrayList<>();
        Object list = top.get("rules");
        if (list != null && !(list instanceof List<?>)) {
            throw invalid(source, "'rules' must be a list");
        }
        int count = 0;
        for (Object item : list == null ? List.of() : (List<?>) list) {
            final int n = ++count;
            if (!(item instanceof Map<?, ?> rule)) {
                throw invalid(source, "rule " + n + " must be a map");
            }
            for (Object key : rule.keySet()) {
                if (!Set.of("pool", "urgent", "causes", "topics").contains(String.valueOf(key))) {
                    throw invalid(source, "rule " + n + " has an unknown key '" + key + "'");
                }
            }
            Object urgent = rule.get("urgent");
            if (urgent != null && !(urgent instanceof Boolean)) {
                throw invalid(source, "rule " + n + ": 'urgent' must be true or false");
            }
            Set<EscalationCause> causes = rule.containsKey("causes") ? strings(rule.get("causes"), source, n)
                    .stream().map(c -> cause(c, source, n)).collect(Collectors.toUnmodifiableSet()) : null;
            List<String> topics = rule.containsKey("topics") ? strings(rule.get("topics"), source, n) : null;
            if (topics != null && topics.stream().anyMatch(t -> !t.matches("[a-z0-9-]+(\\.[a-z0-9-]+|\\.\\*)?"))) {
                throw invalid(source, "rule " + n + ": a topic is a topic id or a family such as zorg.*");
            }
            rules.add(new Rule(pool(rule.get("pool"), source, "rule " + n), (Boolean) urgent, causes, topics));
        }
        return new RoutingRules(rules, otherwise);
    }

    private static List<String> strings(Object value, String source, int n) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw invalid(source, "rule " + n + ": causes and topics are non-empty lists");
        }
        return list.stream().map(String::valueOf).map(String::strip).toList();
    }

    private static EscalationCause cause(String name, String source, int n) {
        try {
            return EscalationCause.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(source, "rule " + n + ": unknown cause '" + name + "'");
        }
    }

    private static ResponderPool pool(Object value, String source, String where) {
        try {
            return ResponderPool.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(source, where + ": pool must be TOLK or SLEUTELPERSOON");
        }
    }

    private static IllegalStateException invalid(String source, String problem) {
        return new IllegalStateException("routing rules " + source + ": " + problem);
    }
}
