package nl.selam.bot.channel.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationCause;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.privacy.RetentionJob;
import nl.selam.bot.privacy.RetentionPolicy;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;

import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web chat's file upload, {@code POST /api/chat/media}: a photo reaches the tolk through an escalation, and
 * every kind of bad request is refused before anything is stored.
 */
@MicronautTest(transactional = false)
@Property(name = "selam.web.media-max-bytes", value = "2000000")
@Property(name = "selam.conversation.flood-limit", value = "1000")
class WebMediaTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    EscalationRepository escalations;

    @Inject
    DatabaseRows rows;

    @Inject
    JsonMapper json;

    @Inject
    RetentionJob retention;

    @Inject
    TransactionOperations<Connection> tx;

    private WebMediaUpload resident() {
        return new WebMediaUpload(server.getURI()).open();
    }

    private Map<String, Object> log(WebMediaUpload page) throws IOException {
        return json.readValue(page.log(), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> mine(WebMediaUpload page) throws IOException {
        return ((List<Map<String, Object>>) log(page).get("messages")).stream()
                .filter(m -> "me".equals(m.get("from"))).toList();
    }

    private long files() {
        return rows.count("SELECT COUNT(*) FROM web_media");
    }

    private long filesOf(WebMediaUpload page) {
        return rows.count("SELECT COUNT(*) FROM web_media f JOIN resident r ON r.id = f.resident_id "
                + "WHERE r.channel_user_id = ?", new WebSession(page.cookie).residentKey());
    }

    @Test
    void aPhotoOpensAnEscalationAndTheTolkOpensItInTheConsole() throws Exception {
        WebMediaUpload page = resident();
        HttpResponse<String> response = page.upload("p1", "image/jpeg", WebMediaUpload.JPEG);
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(response.body().contains("accepted"), response.body());

        Map<String, Object> log = log(page);
        long escalationId = ((Number) log.get("escalationId")).longValue();
        Escalation escalation = escalations.findById(escalationId).orElseThrow();
        assertEquals(EscalationCause.MEDIA, escalation.reason());
        assertNull(log.get("staffName"), "nobody has claimed it yet");
        Map<String, Object> photo = mine(page).get(0);
        assertEquals("MEDIA", photo.get("kind"));
        assertEquals("photo", photo.get("media"));
        assertNull(photo.get("text"), "the page never sees the storage reference");
        long messageId = ((Number) photo.get("id")).longValue();

        // the resident's page shows their own photo
        HttpResponse<byte[]> own = page.fetch(messageId);
        assertEquals(200, own.statusCode());
        assertArrayEquals(WebMediaUpload.JPEG, own.body());
        assertEquals("no-store", own.headers().firstValue("Cache-Control").orElseThrow());

        // the tolk of the language opens it from the conversation page, like a Telegram photo
        String language = escalation.language();
        ConsoleSession tolk = new ConsoleSession(server.getURI());
        var tolkAccount = accounts.create(StaffRole.TOLK, language);
        tolk.login(tolkAccount.name(), ConsoleAccounts.PASSWORD);
        String link = "/console/conversations/" + escalationId + "/media/" + messageId;
        String conversation = tolk.get("/console/conversations/" + escalationId).body();
        assertTrue(conversation.contains("href=\"" + link + "\""), conversation);
        assertFalse(conversation.contains("[web:"), "not the storage reference");
        HttpResponse<byte[]> opened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI()
                .resolve(link)).header("Cookie", tolk.cookieHeader()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, opened.statusCode());
        assertEquals("image/jpeg", opened.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(WebMediaUpload.JPEG, opened.body());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'MEDIA' AND escalation_id = ?",
                escalationId));

        // a tolk of another language, and a sleutelpersoon (no media of letters), do not get it
        ConsoleSession other = new ConsoleSession(server.getURI());
        other.login(accounts.create(StaffRole.TOLK, "ar".equals(language) ? "ti" : "ar").name(),
                ConsoleAccounts.PASSWORD);
        assertTrue(other.get(link).statusCode() >= 400);
        ConsoleSession volunteer = new ConsoleSession(server.getURI());
        volunteer.login(accounts.create(StaffRole.SLEUTELPERSOON, language).name(), ConsoleAccounts.PASSWORD);
        assertEquals(403, volunteer.get(link).statusCode(), "refused (and audited) for a sleutelpersoon");

        // once claimed, the page names the tolk by first name
        tolk.get("/console/conversations/" + escalationId);
        assertTrue(tolk.post("/console/conversations/" + escalationId + "/claim", Map.of()).statusCode() < 400);
        assertEquals(tolkAccount.name(), log(page).get("staffName"));
    }

    @Test
    void everyAllowedTypeIsAcceptedByItsBytes() {
        WebMediaUpload page = resident();
        assertEquals(202, page.upload("t1", "image/png", WebMediaUpload.PNG).statusCode());
        assertEquals(202, page.upload("t2", "application/pdf", WebMediaUpload.PDF).statusCode());
        assertEquals(202, page.upload("t3", "audio/webm;codecs=opus", WebMediaUpload.WEBM).statusCode());
        assertEquals(202, page.upload("t4", "audio/ogg; codecs=opus", WebMediaUpload.OGG).statusCode());
        assertEquals(202, page.upload("t5", "audio/mp4", WebMediaUpload.MP4).statusCode());
        assertEquals(5, filesOf(page));
    }

    @Test
    void withoutASessionNothingIsStored() {
        long before = files();
        WebMediaUpload noCookie = new WebMediaUpload(server.getURI());
        assertEquals(401, noCookie.upload("f1", "image/jpeg", WebMediaUpload.JPEG).statusCode());
        WebMediaUpload forged = new WebMediaUpload(server.getURI());
        forged.cookie = "not-a-session-token";
        assertEquals(401, forged.upload("f2", "image/jpeg", WebMediaUpload.JPEG).statusCode());
        forged.cookie = "x".repeat(42) + "\u00e9";
        assertEquals(401, forged.upload("f3", "image/jpeg", WebMediaUpload.JPEG).statusCode());
        assertEquals(before, files());
    }

    @Test
    void anotherSessionCannotOpenTheFile() throws Exception {
        WebMediaUpload owner = resident();
        assertEquals(202, owner.upload("o1", "application/pdf", WebMediaUpload.PDF).statusCode());
        long messageId = ((Number) mine(owner).get(0).get("id")).longValue();

        WebMediaUpload stranger = resident();
        HttpResponse<byte[]> refused = stranger.fetch(messageId);
        assertEquals(404, refused.statusCode());
        assertFalse(new String(refused.body(), StandardCharsets.ISO_8859_1).contains("%PDF"));
        WebMediaUpload forged = new WebMediaUpload(server.getURI());
        forged.cookie = WebSession.create().token(); // well-formed, but nobody's session
        assertEquals(404, forged.fetch(messageId).statusCode());
        assertEquals(404, new WebMediaUpload(server.getURI()).fetch(messageId).statusCode());
        assertEquals(404, owner.fetch(messageId + 100_000).statusCode());
        assertEquals(200, owner.fetch(messageId).statusCode());
    }

    @Test
    void anOversizeFileIs413AndNotStored() {
        WebMediaUpload page = resident();
        HttpResponse<String> response = page.upload("big", "image/jpeg",
                WebMediaUpload.file(WebMediaUpload.JPEG, 2_000_001));
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"error\""), response.body());
        // a photo of nearly 2 MB (far over the 64 KB other routes take) is fine
        byte[] fits = WebMediaUpload.file(WebMediaUpload.JPEG, 2_000_000);
        assertEquals(202, page.upload("fits", "image/jpeg", fits).statusCode());
        assertEquals(1, filesOf(page));
        assertEquals(fits.length, rows.count("SELECT size_bytes FROM web_media WHERE upload_key LIKE ?",
                "%:fits"));
    }

    @Test
    void aWrongTypeIs415WhateverTheHeaderClaims() {
        WebMediaUpload page = resident();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(415, page.upload("w1", "text/html", html).statusCode());
        assertEquals(415, page.upload("w2", "image/jpeg", html).statusCode(), "declared a photo, is a page");
        assertEquals(415, page.upload("w3", "image/png", WebMediaUpload.JPEG).statusCode(), "a JPEG called PNG");
        assertEquals(415, page.upload("w4", "application/pdf", WebMediaUpload.file(new byte[]{'M', 'Z'}, 512))
                .statusCode(), "a program called PDF");
        assertEquals(415, page.upload("w5", "image/svg+xml", html).statusCode());
        assertEquals(415, page.upload("w6", "application/octet-stream", WebMediaUpload.JPEG).statusCode());
        assertEquals(0, filesOf(page));
    }

    @Test
    void malformedMultipartIsRefusedWithoutStoring() {
        WebMediaUpload page = resident();
        byte[] good = WebMediaUpload.multipart("m1", "a.jpg", "image/jpeg", WebMediaUpload.JPEG);
        // no closing boundary, a body cut off in the middle, a boundary that is not the one declared
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        assertTrue(page.upload(cut, WebMediaUpload.BOUNDARY).statusCode() >= 400);
        assertTrue(page.upload(good, "other-boundary").statusCode() >= 400);
        assertTrue(page.upload("garbage without any parts".getBytes(StandardCharsets.UTF_8),
                WebMediaUpload.BOUNDARY).statusCode() >= 400);
        // parts missing or wrong
        java.io.ByteArrayOutputStream onlyId = new java.io.ByteArrayOutputStream();
        WebMediaUpload.write(onlyId, "--" + WebMediaUpload.BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\nm2\r\n--" + WebMediaUpload.BOUNDARY + "--\r\n");
        assertEquals(400, page.upload(onlyId.toByteArray(), WebMediaUpload.BOUNDARY).statusCode());
        assertEquals(400, page.upload("bad id!", "image/jpeg", WebMediaUpload.JPEG).statusCode());
        assertEquals(400, page.upload("x".repeat(33), "image/jpeg", WebMediaUpload.JPEG).statusCode());
        assertEquals(400, page.upload("empty", "image/jpeg", new byte[0]).statusCode());
        assertEquals(0, filesOf(page));
        // and the server is still fine afterwards
        assertEquals(202, page.upload("m3", "image/jpeg", WebMediaUpload.JPEG).statusCode());
    }

    @Test
    void parallelUploadsAreAllKeptOnceEach() throws Exception {
        WebMediaUpload page = resident();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> uploads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String id = "par" + i;
                uploads.add(() -> page.upload(id, "image/jpeg", WebMediaUpload.JPEG).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(uploads)) {
                assertEquals(202, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(6, filesOf(page));
        assertEquals(6, mine(page).stream().filter(m -> "photo".equals(m.get("media"))).count());
        assertEquals(6, rows.count("SELECT COUNT(*) FROM web_media f JOIN message m ON m.id = f.message_id "
                + "JOIN resident r ON r.id = f.resident_id WHERE r.channel_user_id = ?",
                new WebSession(page.cookie).residentKey()), "each file tied to its message");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM escalation e JOIN resident r ON r.id = e.resident_id "
                + "WHERE r.channel_user_id = ?", new WebSession(page.cookie).residentKey()), "one escalation");
    }

    @Test
    void aResentUploadIsStoredOnce() throws Exception {
        WebMediaUpload page = resident();
        assertEquals(202, page.upload("again", "image/jpeg", WebMediaUpload.JPEG).statusCode());
        HttpResponse<String> resent = page.upload("again", "image/jpeg", WebMediaUpload.JPEG);
        assertEquals(202, resent.statusCode());
        assertTrue(resent.body().contains("duplicate"), resent.body());
        // the same upload several times at once (a retry racing the first attempt)
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Integer>> same = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                same.add(() -> page.upload("race", "audio/webm", WebMediaUpload.WEBM).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(same)) {
                assertEquals(202, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, filesOf(page));
        assertEquals(2, mine(page).size());
        // another resident may use the same page id
        assertEquals(202, resident().upload("again", "image/jpeg", WebMediaUpload.JPEG).statusCode());
    }

    @Test
    void erasingTheChatErasesTheFiles() throws Exception {
        WebMediaUpload page = resident();
        assertEquals(202, page.upload("e1", "image/jpeg", WebMediaUpload.JPEG).statusCode());
        long messageId = ((Number) mine(page).get(0).get("id")).longValue();
        assertEquals(1, filesOf(page));
        long fileId = rows.count("SELECT id FROM web_media WHERE message_id = ?", messageId);
        assertEquals(200, page.erase().statusCode());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM web_media WHERE id = ?", fileId));
    }

    @Test
    void retentionDeletesTheFileWithItsConversation() throws Exception {
        WebMediaUpload page = resident();
        assertEquals(202, page.upload("r1", "audio/ogg", WebMediaUpload.OGG).statusCode());
        long messageId = ((Number) mine(page).get(0).get("id")).longValue();
        long fileId = rows.count("SELECT id FROM web_media WHERE message_id = ?", messageId);
        // the conversation closed long ago: older than any retention period
        Instant longAgo = Instant.now().minus(Duration.ofDays(RetentionPolicy.MAX_DAYS + 1));
        int updated = tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "UPDATE conversation SET state = 'CLOSED', closed_at = ?, last_activity_at = ? "
                            + "WHERE id = (SELECT conversation_id FROM message WHERE id = ?)")) {
                ps.setTimestamp(1, Timestamp.from(longAgo));
                ps.setTimestamp(2, Timestamp.from(longAgo));
                ps.setLong(3, messageId);
                return ps.executeUpdate();
            }
        });
        assertEquals(1, updated);
        assertTrue(retention.runAt(Instant.now()) >= 1);
        assertEquals(0, rows.count("SELECT COUNT(*) FROM web_media WHERE id = ?", fileId));
        assertEquals(404, page.fetch(messageId).statusCode());
    }

    @Test
    void otherRoutesKeepTheSmallBodyLimit() {
        WebMediaUpload page = resident();
        byte[] big = ("{\"id\":\"x1\",\"text\":\"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            server.getURI().resolve("/api/chat/messages")).header("Content-Type", "application/json")
                    .header("Cookie", "selam_chat=" + page.cookie)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
