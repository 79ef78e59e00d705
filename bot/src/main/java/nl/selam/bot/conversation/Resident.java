package nl.selam.bot.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A resident as one channel knows them: pseudonymous, identified only by the channel's own user key.
 *
 * @param chosenLanguage the language the resident picked with a button; it beats detection
 * @param pendingClarify the topics of an open clarify question, comma-separated, or null
 */
@MappedEntity("resident")
public record Resident(@Id @GeneratedValue @Nullable Long id, String channel, String channelUserId,
                       @Nullable String chosenLanguage, @Nullable String pendingClarify, Instant createdAt) {

    public Resident withChosenLanguage(@Nullable String language) {
        return new Resident(id, channel, channelUserId, language, pendingClarify, createdAt);
    }

    public Resident withPendingClarify(@Nullable String topics) {
        return new Resident(id, channel, channelUserId, chosenLanguage, topics, createdAt);
    }
}
