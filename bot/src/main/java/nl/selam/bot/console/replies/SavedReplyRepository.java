package nl.selam.bot.console.replies;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SavedReplyRepository extends CrudRepository<SavedReply, Long> {

    @Query("SELECT * FROM saved_reply WHERE language IN (:languages) ORDER BY language, LOWER(title), id")
    List<SavedReply> findIn(Collection<String> languages);
}
