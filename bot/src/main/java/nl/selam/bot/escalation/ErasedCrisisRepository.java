package nl.selam.bot.escalation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Safety records of erased crises; closing one is a conditional UPDATE, so it is closed once. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ErasedCrisisRepository extends CrudRepository<ErasedCrisis, Long> {

    @Query("SELECT * FROM erased_crisis WHERE closed_at IS NULL AND language IN (:languages) ORDER BY id")
    List<ErasedCrisis> findOpen(Collection<String> languages);

    @Query("DELETE FROM erased_crisis WHERE closed_at IS NOT NULL AND closed_at < :before")
    int deleteClosedBefore(Instant before);

    @Query("UPDATE erased_crisis SET closed_at = :now, closed_by = :staffId "
            + "WHERE id = :id AND closed_at IS NULL AND language IN (:languages)")
    int close(Long id, Long staffId, Collection<String> languages, Instant now);
}
