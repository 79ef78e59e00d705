package nl.selam.bot.channel.whatsapp;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What one item of a webhook post means for Selam; made by {@link WebhookPayload}, pure data. */
sealed interface WebhookEvent {

    /**
     * A resident's message.
     *
     * @param wamid  Meta's id of the message: the inbox key, so a redelivered post is a no-op
     * @param waId   the resident's number as Meta gives it (kept only hashed and sealed)
     * @param sentAt when the resident sent it (Meta's timestamp): it opens the 24-hour window
     */
    record Incoming(String wamid, String waId, Instant sentAt, Content content) implements WebhookEvent {
    }

    /**
     * What became of a message Selam sent.
     *
     * @param status    sent, delivered, read or failed
     * @param errorCode for failed, Meta's error code (e.g. 131047, 131026), else null
     */
    record Status(String wamid, String status, Instant at, @Nullable Integer errorCode) implements WebhookEvent {
    }

    /** What a resident's message holds. */
    sealed interface Content {
    }

    /** Typed text. */
    record Text(String body) implements Content {
    }

    /** A reply button or list row the resident tapped: its id is what Selam put on it. */
    record Choice(String id, String title) implements Content {
    }

    /**
     * A voice note, audio, photo, video or document: only its Cloud API media id is kept, never the file.
     *
     * @param kind voice, audio, photo, video or document
     */
    record Media(String kind, String mediaId, @Nullable String mimeType, @Nullable String caption)
            implements Content {
    }

    /** A sticker, location, contact card or a type Meta could not read: not stored; the resident gets a hint. */
    record Unsupported(String type) implements Content {
    }
}
