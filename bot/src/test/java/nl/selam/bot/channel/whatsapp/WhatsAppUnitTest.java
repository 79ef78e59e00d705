package nl.selam.bot.channel.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.contract.Choice;
import nl.selam.bot.conversation.contract.OutboundReply;
import nl.selam.bot.system.MalformedRequestException;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The WhatsApp channel's pure parts, without a server: signatures, payloads, numbers, limits, errors, the window. */
class WhatsAppUnitTest {

    private static final Secret APP_SECRET = new Secret("app-secret-for-tests");
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    // ---- signature ----

    @Test
    void aSignatureIsValidOnlyForTheExactBodyAndSecret() {
        byte[] body = Webhooks.text("31612345678", "Hallo").getBytes(StandardCharsets.UTF_8);
        String header = "sha256=" + WebhookSignature.sign(APP_SECRET, body);
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.check(APP_SECRET, header, body));
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.check(APP_SECRET, header.toUpperCase()
                .replace("SHA256=", "sha256="), body), "hex case does not matter");
        byte[] changed = body.clone();
        changed[changed.length - 3] ^= 1;
        assertEquals(WebhookSignature.Verdict.WRONG, WebhookSignature.check(APP_SECRET, header, changed));
        assertEquals(WebhookSignature.Verdict.WRONG, WebhookSignature.check(new Secret("other"), header, body));
        assertEquals(WebhookSignature.Verdict.WRONG, WebhookSignature.check(APP_SECRET, "sha1=" + header.substring(7),
                body));
        assertEquals(WebhookSignature.Verdict.WRONG, WebhookSignature.check(APP_SECRET, "sha256=", body));
        assertEquals(WebhookSignature.Verdict.MISSING, WebhookSignature.check(APP_SECRET, null, body));
        assertEquals(WebhookSignature.Verdict.MISSING, WebhookSignature.check(APP_SECRET, " ", body));
    }

    // ---- payloads ----

    @Test
    void metasPayloadsBecomeEvents() {
        List<WebhookEvent> text = parse(Webhooks.text("31612345678", "مرحبا، أين أجد طبيب؟"));
        WebhookEvent.Incoming in = (WebhookEvent.Incoming) text.get(0);
        assertEquals("31612345678", in.waId());
        assertEquals(new WebhookEvent.Text("مرحبا، أين أجد طبيب؟"), in.content(), "Arabic text arrives unchanged");
        assertTrue(in.wamid().startsWith("wamid."));

        WebhookEvent.Incoming button = (WebhookEvent.Incoming) parse(Webhooks.buttonReply("31612345678", "lang:ti",
                "ትግርኛ")).get(0);
        assertEquals(new WebhookEvent.Choice("lang:ti", "ትግርኛ"), button.content());
        WebhookEvent.Incoming row = (WebhookEvent.Incoming) parse(Webhooks.listReply("31612345678", "topic:x",
                "X")).get(0);
        assertEquals(new WebhookEvent.Choice("topic:x", "X"), row.content());

        WebhookEvent.Incoming voice = (WebhookEvent.Incoming) parse(Webhooks.voice("31612345678", "MEDIA123"))
                .get(0);
        assertEquals(new WebhookEvent.Media("voice", "MEDIA123", "audio/ogg; codecs=opus", null), voice.content());
        WebhookEvent.Incoming photo = (WebhookEvent.Incoming) parse(Webhooks.image("31612345678", "IMG9", "brief"))
                .get(0);
        assertEquals(new WebhookEvent.Media("photo", "IMG9", "image/jpeg", "brief"), photo.content());
        WebhookEvent.Incoming sticker = (WebhookEvent.Incoming) parse(Webhooks.sticker("31612345678")).get(0);
        assertEquals(new WebhookEvent.Unsupported("sticker"), sticker.content());

        WebhookEvent.Status failed = (WebhookEvent.Status) parse(Webhooks.status("wamid.X1", "31612345678",
                "failed", 131047)).get(0);
        assertEquals("failed", failed.status());
        assertEquals(131047, failed.errorCode());
    }

    @Test
    void anotherBusinessNumbersItemsAreLeftOut() {
        String other = Webhooks.text("31612345678", "hoi").replace(FakeCloudApi.PHONE_NUMBER_ID, "999");
        assertTrue(parse(other).isEmpty());
    }

    @Test
    void whatIsNotAWebhookPostIsRefusedWhole() {
        String good = Webhooks.text("31612345678", "hoi");
        for (String body : new String[]{"", "null", "[]", "{}", "\"x\"", good + "x", good.replace("whatsapp_business",
                "page"), good.replace("\"entry\":[", "\"entry\":{\"a\":[").replace("]}]}]}", "]}]}]}}"),
                good.replace("\"from\":\"31612345678\"", "\"from\":\"+31 6\""),
                good.replace("\"from\":\"31612345678\"", "\"from\":31612345678"),
                good.replace("\"timestamp\":\"", "\"timestamp\":\"x"),
                good.replace("\"body\":\"hoi\"", "\"body\":\"\""),
                good.replace("\"body\":\"hoi\"", "\"body\":\"" + "a".repeat(4097) + "\""),
                good.replace("{\"object\"", "{\"object\":\"x\",\"object\"")}) {
            assertThrows(MalformedRequestException.class, () -> parse(body), body.length() > 80
                    ? body.substring(0, 80) : body);
        }
    }

    // ---- numbers ----

    @Test
    void aNumberIsHashedWithTheKeyAndSealedForDeliveryOnly() {
        NumberVault vault = vault("hash-key-of-at-least-thirty-two-chars!", KEY);
        String key = vault.residentKey("31612345678");
        assertEquals(key, vault.residentKey("+31 612345678"), "one number, one resident");
        assertFalse(key.contains("612345678"));
        assertNotEquals(key, vault("another-hash-key-of-thirty-two-chars!!", KEY).residentKey("31612345678"),
                "without the key a guessed number gives another hash");
        String sealed = vault.seal("31612345678", key);
        assertFalse(sealed.contains("612345678"));
        assertNotEquals(sealed, vault.seal("31612345678", key), "a fresh nonce each time");
        assertEquals("31612345678", vault.open(sealed, key));
        assertThrows(IllegalStateException.class, () -> vault.open(sealed, vault.residentKey("31699999999")),
                "bound to its resident");
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(RuntimeException.class, () -> vault.open(tampered, key));
        assertFalse(NumberVault.isKey("c2hvcnQ="), "a key must be 32 bytes");
    }

    // ---- the Cloud API's limits and errors ----

    @Test
    void errorsAreClassifiedByMetasCode() {
        assertEquals(CloudApiError.Kind.RATE_LIMIT, CloudApiError.of(400, FakeCloudApi.error(130429, "x")).kind());
        assertEquals(CloudApiError.Kind.PAIR_RATE_LIMIT, CloudApiError.of(400, FakeCloudApi.error(131056, "x"))
                .kind());
        assertEquals(CloudApiError.Kind.RE_ENGAGEMENT, CloudApiError.of(400, FakeCloudApi.error(131047, "x")).kind());
        assertEquals(CloudApiError.Kind.UNDELIVERABLE, CloudApiError.of(400, FakeCloudApi.error(131026, "x")).kind());
        assertEquals(CloudApiError.Kind.RETRY, CloudApiError.of(500, FakeCloudApi.error(131000, "x")).kind());
        assertEquals(CloudApiError.Kind.RETRY, CloudApiError.of(503, "<html>bad gateway</html>").kind());
        assertEquals(CloudApiError.Kind.PERMANENT, CloudApiError.of(400, FakeCloudApi.error(100, "x")).kind());
        assertEquals(CloudApiError.Kind.RATE_LIMIT, CloudApiError.of(429, null).kind());
    }

    @Test
    void interactiveMessagesStayWithinMetasLimits() throws Exception {
        List<CloudMessages.Option> three = List.of(new CloudMessages.Option("a", "Een"),
                new CloudMessages.Option("b", "Twee"), new CloudMessages.Option("c", "Drie"));
        JsonNode buttons = FakeCloudApi.JSON.readTree(CloudMessages.buttons("316", "Kies", three));
        assertEquals(3, buttons.path("interactive").path("action").path("buttons").size());
        assertThrows(IllegalArgumentException.class, () -> CloudMessages.buttons("316", "x",
                List.of(three.get(0), three.get(1), three.get(2), three.get(0))));

        String longTitle = "Huurtoeslag aanvragen bij de Belastingdienst";
        JsonNode list = FakeCloudApi.JSON.readTree(CloudMessages.list("316", "Kies", "Kies een onderwerp nu meteen",
                List.of(new CloudMessages.Option("topic:x", longTitle))));
        JsonNode row = list.path("interactive").path("action").path("sections").path(0).path("rows").path(0);
        assertEquals(24, row.path("title").asText().length());
        assertTrue(row.path("title").asText().endsWith("…"));
        assertEquals(longTitle, row.path("description").asText(), "the whole title stays readable");
        assertTrue(list.path("interactive").path("action").path("button").asText().length() <= 20);

        String param = CloudMessages.templateParameter("Hallo,\n\nje afspraak is morgen.\tTot     dan");
        assertFalse(param.contains("\n") || param.contains("\t") || param.contains("    "), param);
    }

    @Test
    void optionsBecomeButtonsUpToThreeShortOnesElseLists() throws Exception {
        List<CloudMessages.Option> eleven = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new CloudMessages.Option("topic:t" + i, "Onderwerp " + i));
        }
        List<ReplyRenderer.Part> lists = ReplyRenderer.render("316", new WhatsAppReply("Kies een onderwerp:", "nl",
                eleven, null), "Kies");
        assertEquals(2, lists.size(), "ten rows a list");
        assertEquals("list", FakeCloudApi.JSON.readTree(lists.get(0).payload()).path("interactive").path("type")
                .asText());
        List<ReplyRenderer.Part> two = ReplyRenderer.render("316", new WhatsAppReply("Wat bedoel je?", "nl",
                eleven.subList(0, 2), null), "Kies");
        assertEquals("button", FakeCloudApi.JSON.readTree(two.get(0).payload()).path("interactive").path("type")
                .asText());
        String longText = "Een zin. ".repeat(200);
        List<ReplyRenderer.Part> longWithButtons = ReplyRenderer.render("316", new WhatsAppReply(longText, "nl",
                eleven.subList(0, 2), "Samira"), "Kies");
        assertEquals(2, longWithButtons.size(), "the text first, the buttons under a short prompt");
        assertTrue(longWithButtons.get(0).text().endsWith("— Samira"));
        List<ReplyRenderer.Part> split = ReplyRenderer.render("316", new WhatsAppReply("ሰላም። ".repeat(1500), "ti",
                List.of(), null), "ምረጹ");
        assertTrue(split.size() >= 2 && split.stream().allMatch(p -> p.text().length() <= 4096));
    }

    @Test
    void aClarifyQuestionsTopicsAndFollowUpsBecomeOneListInOrder() throws Exception {
        OutboundReply clarify = new OutboundReply(42, 7, "whatsapp", "wa:x", MessageKind.CLARIFY, "Wat bedoel je?",
                Language.NL, Language.Direction.LTR, List.of(new Choice(new Action.ShowTopic("zorg.huisarts"),
                "Een huisarts vinden"), new Choice(new Action.ShowTopic("zorg.tandarts"), "Een tandarts vinden")),
                OutboundReply.Presentation.BUTTONS, List.of(new Choice(new Action.OpenMenu(null), "Onderwerpen"),
                new Choice(new Action.AskPerson(), "Praat met een mens")), false, null, null);
        List<CloudMessages.Option> options = WhatsAppSender.options(clarify);
        assertEquals(List.of("topic:zorg.huisarts", "topic:zorg.tandarts", "menu", "person"),
                options.stream().map(CloudMessages.Option::id).toList());
        JsonNode list = FakeCloudApi.JSON.readTree(ReplyRenderer.render("316", new WhatsAppReply(clarify.text(), "nl",
                options, null), "Kies").get(0).payload());
        assertEquals("list", list.path("interactive").path("type").asText(), "four options: a list");
        assertEquals("Wat bedoel je?", list.path("interactive").path("body").path("text").asText());
    }

    @Test
    void theWindowIsTwentyFourHoursAfterTheResidentsLastMessage() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        assertTrue(ServiceWindow.isOpen(now.minus(Duration.ofHours(23)), now));
        assertFalse(ServiceWindow.isOpen(now.minus(Duration.ofHours(25)), now));
        assertFalse(ServiceWindow.isOpen(null, now), "never wrote (or erased): closed");
    }

    @Test
    void theThrottleSpacesOneRecipientAndPausesEveryoneAfterARateHit() throws Exception {
        Throttle throttle = new Throttle(Duration.ofMillis(200), 1000, Duration.ofMillis(300));
        long start = System.nanoTime();
        assertEquals(Duration.ZERO, throttle.acquire("a"));
        assertEquals(Duration.ZERO, throttle.acquire("a"));
        assertTrue(System.nanoTime() - start >= 190_000_000L, "the second message to one resident waited");
        assertEquals(Duration.ofMillis(300), throttle.rateHit());
        assertEquals(Duration.ofMillis(600), throttle.rateHit(), "doubles while hits repeat");
        long paused = System.nanoTime();
        assertEquals(Duration.ZERO, throttle.acquire("b"));
        assertTrue(System.nanoTime() - paused >= 250_000_000L, "another resident waited for the pause too");
        throttle.succeeded();
        assertEquals(Duration.ofMillis(300), throttle.rateHit(), "reset after a success");
        throttle.pairHit("c");
        assertTrue(throttle.acquire("c").compareTo(Duration.ofSeconds(5)) > 0, "a long wait is handed back");
    }

    @Test
    void templatesFallBackToEnglishThenDutch() {
        WhatsAppConfiguration config = new WhatsAppConfiguration("t", "1", "s", "v", "http://x", null, null, 50,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Map.of("nl", "selam_nl", "en", "selam_en"),
                Map.of("ti", "en"));
        assertEquals(new WhatsAppConfiguration.Template("selam_nl", "nl"), config.template("nl"));
        assertEquals(new WhatsAppConfiguration.Template("selam_en", "en"), config.template("ar"));
        WhatsAppConfiguration none = new WhatsAppConfiguration("t", "1", "s", "v", "http://x", null, null, 50,
                Duration.ofSeconds(1), Duration.ofSeconds(2), null, null);
        assertNull(none.template("nl"));
        assertFalse(none.enabled(), "without the number keys WhatsApp stays off");
        assertTrue(none.missing().contains("WHATSAPP_NUMBER_KEY"));
        assertFalse(none.toString().contains("\"s\"") || none.toString().contains("token=t"));
    }

    private static List<WebhookEvent> parse(String body) {
        return WebhookPayload.parse(body.getBytes(StandardCharsets.UTF_8), FakeCloudApi.PHONE_NUMBER_ID);
    }

    private static NumberVault vault(String hashKey, String key) {
        return new NumberVault(new WhatsAppConfiguration("t", "1", "s", "v", "http://x", hashKey, key, 50,
                Duration.ofSeconds(1), Duration.ofSeconds(2), null, null));
    }
}
