package nl.selam.bot.conversation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

// The dialect named here only shapes the generated SQL at compile time; the running dialect comes from
// datasources.default.dialect, and the queries stay within what H2 (PostgreSQL mode) and PostgreSQL share.
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResidentRepository extends CrudRepository<Resident, Long> {

    Optional<Resident> findByChannelAndChannelUserId(String channel, String channelUserId);
}
