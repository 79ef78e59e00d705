package nl.selam.bot.console.insight;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.feedback.Feedback;

import java.time.Instant;
import java.util.List;

/** Residents' 👍/👎 since a moment, for the feedback counts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InsightFeedback extends GenericRepository<Feedback, Long> {

    List<Feedback> findByCreatedAtGreaterThanEquals(Instant since);
}
