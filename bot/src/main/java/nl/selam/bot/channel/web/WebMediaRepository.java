package nl.selam.bot.channel.web;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

/** The web chat's media files. They go with their message (and resident) by cascade; see V3_30__web_media.sql. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebMediaRepository extends CrudRepository<WebMediaFile, Long> {

    Optional<WebMediaFile> findByUploadKey(String uploadKey);

    Optional<WebMediaFile> findByIdAndResidentId(Long id, Long residentId);

    /** Ties the file to its message, so deleting the conversation deletes the file. */
    @Query("UPDATE web_media SET message_id = (SELECT m.id FROM message m WHERE m.channel = 'web' "
            + "AND m.channel_message_id = :uploadKey) WHERE upload_key = :uploadKey AND message_id IS NULL")
    int link(String uploadKey);

    /** An upload whose message was refused (too many messages a minute): nothing of it is kept. */
    @Query("DELETE FROM web_media WHERE upload_key = :uploadKey AND message_id IS NULL")
    int deleteUnlinked(String uploadKey);

    /** Files whose message was never stored (the request died between the two), older than {@code before}. */
    @Query("DELETE FROM web_media WHERE message_id IS NULL AND created_at < :before")
    int deleteOrphansBefore(Instant before);
}
