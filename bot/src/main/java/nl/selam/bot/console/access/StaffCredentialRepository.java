package nl.selam.bot.console.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffCredentialRepository extends CrudRepository<StaffCredential, Long> {

    Optional<StaffCredential> findByUsername(String username);
}
