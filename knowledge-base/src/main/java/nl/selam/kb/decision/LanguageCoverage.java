package nl.selam.kb.decision;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.content.Municipality;
import nl.selam.kb.language.Language;

import java.util.Map;

/**
 * Keeps an entry away from residents whose language it has no text in. Shipped entries have every language, but an
 * entry created in the console starts with Dutch only. The engine searches one language and may still pick such an
 * entry when the reply language differs from the language searched (a Dutch sentence from a resident who chose
 * Tigrinya); it would then answer in Dutch, or, for a clarify choice, offer a topic the resident cannot read. Such a
 * decision goes to a person instead (low confidence), who speaks the resident's language; the question then shows
 * on the console's unanswered page for that language, where it asks for the translation.
 */
public final class LanguageCoverage {

    private LanguageCoverage() {
    }

    /** The decision, or a hand-over when it would answer or offer an entry the reply language lacks. */
    public static Decision guard(Decision d, KnowledgeBase kb) {
        return guard(d, kb.byId(), kb.municipality());
    }

    static Decision guard(Decision d, Map<String, FaqEntry> entries, Municipality municipality) {
        Language reply = d.language();
        boolean gap = switch (d.outcome()) {
            case ANSWER -> lacks(entries, d.topic(), reply);
            case CLARIFY -> d.candidates().stream().anyMatch(c -> lacks(entries, c.topic(), reply));
            default -> false;
        };
        if (!gap) {
            return d;
        }
        FaqEntry person = entries.get(FaqEntry.PERSON_TOPIC);
        String handOver = person == null ? "" : person.in(reply).or(() -> person.in(Language.NL))
                .map(LocalizedEntry::answer).map(municipality::fill).orElse("");
        return new Decision(reply, d.detected(), Outcome.ESCALATE, null, d.confidence(), handOver, d.candidates(),
                EscalationReason.LOW_CONFIDENCE);
    }

    private static boolean lacks(Map<String, FaqEntry> entries, String topic, Language language) {
        FaqEntry entry = topic == null ? null : entries.get(topic);
        return entry != null && entry.in(language).map(t -> t.answer().isBlank()).orElse(true);
    }
}
