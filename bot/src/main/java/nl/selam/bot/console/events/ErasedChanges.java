package nl.selam.bot.console.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.escalation.ErasedCrisis;

import java.time.Instant;
import java.util.List;

/** Safety records of erased crises written since a moment. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ErasedChanges extends GenericRepository<ErasedCrisis, Long> {

    @Query("SELECT * FROM erased_crisis WHERE erased_at >= :since ORDER BY id")
    List<ErasedCrisis> findErasedSince(Instant since);
}
