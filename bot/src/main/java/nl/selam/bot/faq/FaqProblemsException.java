package nl.selam.bot.faq;

import java.util.List;

/** A form that may not be saved, with every reason (shown beside the form, never as a bare error page). */
public class FaqProblemsException extends RuntimeException {

    private final transient List<FaqForm.Problem> problems;

    public FaqProblemsException(List<FaqForm.Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FaqForm.Problem> problems() {
        return problems;
    }
}
