package nl.selam.bot.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffApiTokenRepository extends GenericRepository<StaffApiToken, Long> {

    StaffApiToken save(StaffApiToken token);

    Optional<StaffApiToken> findByTokenHash(String tokenHash);

    Optional<StaffApiToken> findById(Long id);

    List<StaffApiToken> findByStaffIdOrderById(Long staffId);

    @Query("UPDATE staff_api_token SET revoked_at = :now WHERE id = :id AND staff_id = :staffId "
            + "AND revoked_at IS NULL")
    int revoke(long id, long staffId, Instant now);

    @Query("UPDATE staff_api_token SET last_used = :now WHERE id = :id")
    int touch(long id, Instant now);
}
