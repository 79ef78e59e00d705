package nl.selam.bot.knowledge;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContentVersionRepository extends GenericRepository<ContentVersionRow, Integer> {

    @Query("SELECT version FROM content_version WHERE id = 1")
    long current();

    @Query("UPDATE content_version SET version = version + 1 WHERE id = 1")
    void raise();
}
