package nl.selam.bot.channel.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A photo, document or voice note a resident sent in the web chat, as stored (see V3_30__web_media.sql).
 *
 * @param messageId  the media message it belongs to; null until that message is stored
 * @param uploadKey  the message's inbox key (session hash + the page's id), so a resent upload is stored once
 * @param kind       photo, document or voice
 */
@MappedEntity("web_media")
record WebMediaFile(@Id @GeneratedValue @Nullable Long id, Long residentId, @Nullable Long messageId,
                    String uploadKey, String kind, String contentType, int sizeBytes, byte[] content,
                    Instant createdAt) {
}
