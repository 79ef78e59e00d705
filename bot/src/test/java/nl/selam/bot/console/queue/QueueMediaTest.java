package nl.selam.bot.console.queue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident's photo on the conversation page: a link that opens it through the channel, for own languages only. */
@MicronautTest(transactional = false)
@Property(name = "test.fake-media", value = "true")
class QueueMediaTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    EscalationRepository escalations;

    @Inject
    MessageRepository messages;

    @Inject
    FakeResidentMedia media;

    @Test
    void aPhotoOpensThroughItsChannelAndOnlyForTheLanguagesTolk() {
        ChatClient resident = new ChatClient(http.toBlocking());
        resident.say("Waar kan ik mijn fiets laten repareren?", "nl");
        Escalation e = escalations.findById(resident.escalationId()).orElseThrow();
        Message photo = messages.save(new Message(null, e.residentId(), e.conversationId(), Message.Direction.IN,
                "fake", UUID.randomUUID().toString(), MessageKind.MEDIA, FakeResidentMedia.PREFIX + " de brief",
                "nl", null, null, null, null, null, e.id(), null, Instant.now(), Instant.now(), null));

        ConsoleSession tolk = new ConsoleSession(server.getURI());
        tolk.login(accounts.create(StaffRole.TOLK, "nl").name(), ConsoleAccounts.PASSWORD);
        String page = tolk.get("/console/conversations/" + e.id()).body();
        String link = "/console/conversations/" + e.id() + "/media/" + photo.id();
        assertTrue(page.contains("href=\"" + link + "\""), page);
        assertTrue(page.contains("Foto openen"));
        assertTrue(page.contains("de brief"), "the caption is shown");
        assertFalse(page.contains("[fake:photo]"), "not the channel's reference");

        HttpResponse<String> file = tolk.get(link);
        assertEquals(200, file.statusCode());
        assertEquals("image/jpeg", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", file.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(media.opened.contains(photo.id()));

        ConsoleSession other = new ConsoleSession(server.getURI());
        other.login(accounts.create(StaffRole.TOLK, "ar").name(), ConsoleAccounts.PASSWORD);
        assertEquals(403, other.get(link).statusCode());
        assertEquals(1, media.opened.stream().filter(id -> id.equals(photo.id())).count());
    }
}
