package nl.selam.kb.content;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The municipality profile whose values fill the placeholders of answers that differ per municipality.
 */
public record Municipality(String naam, String telefoon, String website) {

    /**
     * The placeholders an answer may contain. {@code gemeente.openingstijden} is filled by the service, in the
     * answer's own language, from the office hours a beheerder enters; this record leaves it alone.
     */
    public static final Set<String> PLACEHOLDERS = Set.of("gemeente.naam", "gemeente.telefoon", "gemeente.website",
            "gemeente.openingstijden");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z.]+)}");

    public String fill(String text) {
        Map<String, String> values = Map.of("gemeente.naam", naam, "gemeente.telefoon", telefoon,
                "gemeente.website", website);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        // an empty name leaves "de gemeente  (Werk en Inkomen)": close the gap
        return out.toString().replaceAll("[ \t]{2,}", " ").replace(" :", ":").replace(" )", ")");
    }

    /** Every {name} in the text, known or not, so validation can report unknown ones. */
    public static Set<String> placeholdersIn(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        java.util.Set<String> found = new java.util.TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
