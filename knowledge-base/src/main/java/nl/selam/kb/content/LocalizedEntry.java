package nl.selam.kb.content;

import java.util.List;

/** One FAQ entry in one language. */
public record LocalizedEntry(String title, List<String> questions, List<String> keywords, String answer) {

    public LocalizedEntry {
        title = title == null ? "" : title.strip();
        questions = questions == null ? List.of() : List.copyOf(questions);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        answer = answer == null ? "" : answer.strip();
    }
}
