package nl.selam.bot.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The staff members' chosen language for Selam's texts to them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffLanguageRepository extends GenericRepository<StaffAccount, Long> {

    @Query("SELECT language FROM staff_language WHERE staff_id = :staffId")
    Optional<String> find(Long staffId);

    @Query("UPDATE staff_language SET language = :language WHERE staff_id = :staffId")
    int update(Long staffId, String language);

    @Query("INSERT INTO staff_language (staff_id, language) VALUES (:staffId, :language)")
    void insert(Long staffId, String language);
}
