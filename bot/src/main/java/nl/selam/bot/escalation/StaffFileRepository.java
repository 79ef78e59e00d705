package nl.selam.bot.escalation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Files staff sent; read by the channels when they deliver (written only through {@link StaffFiles}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StaffFileRepository extends CrudRepository<StaffFile, Long> {

    @Query("SELECT * FROM staff_file WHERE message_id IN (:ids)")
    List<StaffFile> findByIds(Collection<Long> ids);
}
