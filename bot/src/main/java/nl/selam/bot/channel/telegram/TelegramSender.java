package nl.selam.bot.channel.telegram;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.contract.ChannelSender;
import nl.selam.bot.conversation.contract.DeliveryDeferred;
import nl.selam.bot.conversation.contract.OutboundReply;
import nl.selam.bot.conversation.contract.RecipientUnreachable;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers replies to residents' Telegram chats for the outbox. Parts already taken by Telegram are skipped on a
 * retry; a 429 defers the whole outbox entry by Telegram's {@code retry_after}; a 403 (the resident blocked the
 * bot) is reported as unreachable; anything else is thrown for the outbox's backoff.
 */
@Singleton
class TelegramSender implements ChannelSender {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);

    // one chat's messages go out one at a time, in order; striped so memory stays bounded
    private final ReentrantLock[] locks = new ReentrantLock[64];

    private final TelegramApi api;
    private final DeliveredParts delivered;
    private final MessageRenderer renderer;
    private final RateLimiter limiter;
    private final Messages texts;
    private final Clock clock;

    TelegramSender(TelegramApi api, DeliveredParts delivered, Messages texts, Clock clock) {
        this.api = api;
        this.delivered = delivered;
        this.renderer = new MessageRenderer(texts);
        this.limiter = new RateLimiter(api.config().perChatInterval(), api.config().perSecond());
        this.texts = texts;
        this.clock = clock;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Override
    public String channel() {
        return UpdateMapper.CHANNEL;
    }

    /** The Bot API is a network call behind a rate limiter: never in the webhook's request. */
    @Override
    public boolean remote() {
        return true;
    }

    @Override
    public void deliver(OutboundReply message) throws Exception {
        String chatId = message.recipient();
        if (message.kind() == MessageKind.STAFF_FILE) {
            deliverFile(message, chatId);
            return;
        }
        List<SendMessage> parts = renderer.render(message, chatId, signature(message));
        ReentrantLock lock = locks[Math.floorMod(chatId.hashCode(), locks.length)];
        lock.lock();
        try {
            for (int part = 0; part < parts.size(); part++) {
                if (delivered.countPart(message.messageId(), part) == 0) {
                    send(message, part, parts.get(part));
                }
            }
        } finally {
            lock.unlock();
        }
    }

    // A tolk's file: a photo as a photo (shown in the chat), anything else as a document; one part, recorded once.
    private void deliverFile(OutboundReply message, String chatId) throws Exception {
        OutboundReply.Attachment file = message.attachment();
        if (file == null) {
            return; // erased meanwhile
        }
        ReentrantLock lock = locks[Math.floorMod(chatId.hashCode(), locks.length)];
        lock.lock();
        try {
            if (delivered.countPart(message.messageId(), 0) == 0) {
                String signature = signature(message);
                String text = message.text().equals(file.fileName()) ? "" : message.text();
                String caption = signature == null ? text : text.isEmpty() ? "\u2014 " + signature
                        : text + "\n\u2014 " + signature;
                InputFile input = new InputFile(new ByteArrayInputStream(file.content()), file.fileName());
                limiter.acquire(chatId);
                org.telegram.telegrambots.meta.api.objects.message.Message sent;
                try {
                    sent = file.photo()
                            ? api.client().execute(SendPhoto.builder().chatId(chatId).photo(input)
                                    .caption(caption.isEmpty() ? null : caption).build())
                            : api.client().execute(SendDocument.builder().chatId(chatId).document(input)
                                    .caption(caption.isEmpty() ? null : caption).build());
                } catch (TelegramApiRequestException e) {
                    throw translate(e);
                }
                delivered.record(message.messageId(), 0, sent == null || sent.getMessageId() == null ? null
                        : sent.getMessageId().longValue(), clock.instant());
            }
        } finally {
            lock.unlock();
        }
    }

    private void send(OutboundReply message, int part, SendMessage request) throws Exception {
        limiter.acquire(request.getChatId());
        org.telegram.telegrambots.meta.api.objects.message.Message sent;
        try {
            sent = api.client().execute(request);
        } catch (TelegramApiRequestException e) {
            throw translate(e);
        }
        // recorded at once: a crash from here on does not send this part again
        delivered.record(message.messageId(), part, sent == null || sent.getMessageId() == null ? null
                : sent.getMessageId().longValue(), clock.instant());
    }

    private Exception translate(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        if (code != null && code == 429) {
            Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            Duration wait = Duration.ofSeconds(seconds == null ? 1 : Math.max(1, seconds));
            limiter.pause(wait);
            LOG.info("Telegram asked to slow down for {}", wait);
            return new DeliveryDeferred(wait);
        }
        if (code != null && code == 403) {
            LOG.info("Telegram: a resident blocked the bot; reported unreachable");
            return new RecipientUnreachable();
        }
        return e;
    }

    // A tolk's reply is signed with their first name only (or "Selam team"): never their account or Telegram name.
    private String signature(OutboundReply message) {
        if (!message.fromStaff()) {
            return null;
        }
        String team = texts.format("telegram.team", message.language().code());
        if (api.config().signWithTeam() || message.staffFirstName() == null) {
            return team;
        }
        return message.staffFirstName();
    }
}
