package nl.selam.bot.console.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.conversation.Message;

import java.time.Instant;
import java.util.List;

/** Residents' messages that joined an escalation since a moment (read only; the text is not used). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MessageChanges extends GenericRepository<Message, Long> {

    @Query("SELECT * FROM message WHERE direction = 'IN' AND processed_at >= :since AND escalation_id IS NOT NULL "
            + "ORDER BY id")
    List<Message> findJoinedSince(Instant since);
}
