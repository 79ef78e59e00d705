package nl.selam.kb.decision;

/** A topic that matched, with its title in the reply language (for clarify buttons) and its confidence. */
public record Candidate(String topic, String title, double score) {
}
