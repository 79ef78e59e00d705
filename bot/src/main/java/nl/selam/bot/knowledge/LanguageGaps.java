package nl.selam.bot.knowledge;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.decision.EscalationReason;
import nl.selam.kb.decision.Outcome;
import nl.selam.kb.language.Language;

/**
 * Keeps an entry away from residents whose language it has no text in. Shipped entries have every language, but an
 * entry created in the console starts with Dutch only. The engine searches one language and may still pick such an
 * entry when the reply language differs from the language searched (a Dutch sentence from a resident who chose
 * Tigrinya); it would then answer in Dutch, or, for a clarify choice, offer a topic the resident cannot read. Such a
 * decision goes to a person instead (low confidence), who speaks the resident's language; the question then shows
 * on the unanswered page for that language, where it asks for the translation.
 */
public final class LanguageGaps {

    private LanguageGaps() {
    }

    /** What the engine decided, with the entries the reply language lacks left out. */
    public static Decision decide(AnswerEngine engine, String text, Language chosen) {
        return guard(engine.decide(text, chosen), engine.knowledgeBase());
    }

    public static Decision guard(Decision d, KnowledgeBase kb) {
        Language reply = d.language();
        boolean gap = switch (d.outcome()) {
            case ANSWER -> lacks(kb, d.topic(), reply);
            case CLARIFY -> d.candidates().stream().anyMatch(c -> lacks(kb, c.topic(), reply));
            default -> false;
        };
        if (!gap) {
            return d;
        }
        String handOver = kb.entry(FaqEntry.PERSON_TOPIC).flatMap(e -> e.in(reply).or(() -> e.in(Language.NL)))
                .map(LocalizedEntry::answer).map(kb.municipality()::fill).orElse("");
        return new Decision(reply, d.detected(), Outcome.ESCALATE, null, d.confidence(), handOver,
                d.candidates(),
                EscalationReason.LOW_CONFIDENCE);
    }

    private static boolean lacks(KnowledgeBase kb, String topic, Language language) {
        if (topic == null) {
            return false;
        }
        return kb.entry(topic).map(e -> e.in(language).map(t -> t.answer().isBlank()).orElse(true)).orElse(false);
    }
}
