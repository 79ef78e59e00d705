package nl.selam.bot.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StaffRepository extends CrudRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByName(String name);

    /**
     * The active beheerders, locked until the transaction ends: two beheerders removing each other at the same
     * moment are served one after the other, so the second sees the first change and at least one stays.
     */
    @Query("SELECT * FROM staff_account WHERE role = 'BEHEERDER' AND active = TRUE ORDER BY id FOR UPDATE")
    List<StaffAccount> lockActiveBeheerders();
}
