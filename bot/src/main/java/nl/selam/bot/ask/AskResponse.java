package nl.selam.bot.ask;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import nl.selam.kb.decision.Candidate;
import nl.selam.kb.decision.Decision;

import java.util.List;

/**
 * The {@code /api/ask} answer as DESIGN.md specifies it. Nulls and empty lists are written out ({@code "topic": null},
 * {@code "candidates": []}) because clients rely on every field being present.
 *
 * @param candidates the closest topics; {@code title} is an addition to the contract, for clarify buttons
 * @param reason     why a person is needed (ESCALATE and CRISIS: e.g. CASE_QUESTION, LOW_CONFIDENCE), else null
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AskResponse(String language, String outcome, String topic, double confidence, String answer,
                   List<CandidateView> candidates, String reason) {

    static AskResponse from(Decision decision) {
        return new AskResponse(decision.language().code(), decision.outcome().name(), decision.topic(),
                decision.confidence(), decision.answer(),
                decision.candidates().stream().map(CandidateView::from).toList(),
                decision.reason() == null ? null : decision.reason().name());
    }

    /** One candidate topic with its confidence and its title in the reply language. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CandidateView(String topic, String title, double score) {

        static CandidateView from(Candidate candidate) {
            return new CandidateView(candidate.topic(), candidate.title(), candidate.score());
        }
    }
}
