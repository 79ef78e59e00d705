package nl.selam.bot.channel.telegram;

import jakarta.inject.Singleton;
import nl.selam.bot.channel.ChannelSender;
import nl.selam.bot.channel.DeliveryDeferred;
import nl.selam.bot.channel.RecipientUnreachable;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers stored messages to residents' Telegram chats for the outbox. Parts already taken by Telegram are
 * skipped on a retry; a 429 defers the whole outbox entry by Telegram's {@code retry_after}; a 403 (the resident
 * blocked the bot) marks them unreachable; anything else is thrown for the outbox's backoff.
 */
@Singleton
class TelegramSender implements ChannelSender {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);

    // one chat's messages go out one at a time, in order; striped so memory stays bounded
    private final ReentrantLock[] locks = new ReentrantLock[64];

    private final TelegramApi api;
    private final ResidentDirectory residents;
    private final MessageRepository messages;
    private final StaffRepository staff;
    private final ReachabilityStore reachability;
    private final DeliveredParts delivered;
    private final MessageRenderer renderer;
    private final RateLimiter limiter;
    private final Messages texts;
    private final Clock clock;

    TelegramSender(TelegramApi api, ResidentDirectory residents, MessageRepository messages, StaffRepository staff,
                   ReachabilityStore reachability, DeliveredParts delivered, Messages texts, Clock clock) {
        this.api = api;
        this.residents = residents;
        this.messages = messages;
        this.staff = staff;
        this.reachability = reachability;
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

    @Override
    public void deliver(Message message) throws Exception {
        Resident resident = residents.byId(message.residentId()).orElse(null);
        if (resident == null) {
            return; // erased meanwhile: nothing to deliver, nobody to deliver to
        }
        if (reachability.isUnreachable(resident.id())) {
            throw new RecipientUnreachable();
        }
        String chatId = resident.channelUserId();
        List<SendMessage> parts = renderer.render(message, chatId, signature(message));
        ReentrantLock lock = locks[Math.floorMod(chatId.hashCode(), locks.length)];
        lock.lock();
        try {
            for (int part = 0; part < parts.size(); part++) {
                if (delivered.countPart(message.id(), part) == 0) {
                    send(resident, message, part, parts.get(part));
                }
            }
        } finally {
            lock.unlock();
        }
        messages.markDelivered(message.id(), clock.instant());
    }

    private void send(Resident resident, Message message, int part, SendMessage request) throws Exception {
        limiter.acquire(request.getChatId());
        org.telegram.telegrambots.meta.api.objects.message.Message sent;
        try {
            sent = api.client().execute(request);
        } catch (TelegramApiRequestException e) {
            throw translate(resident, e);
        }
        // recorded at once: a crash from here on does not send this part again
        delivered.record(message.id(), part, sent == null || sent.getMessageId() == null ? null
                : sent.getMessageId().longValue(), clock.instant());
    }

    private Exception translate(Resident resident, TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        if (code != null && code == 429) {
            Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            Duration wait = Duration.ofSeconds(seconds == null ? 1 : Math.max(1, seconds));
            limiter.pause(wait);
            LOG.info("Telegram asked to slow down for {}", wait);
            return new DeliveryDeferred(wait);
        }
        if (code != null && code == 403) {
            reachability.unreachable(resident.id());
            LOG.info("Telegram: a resident blocked the bot; marked unreachable");
            return new RecipientUnreachable();
        }
        return e;
    }

    // A tolk's reply is signed with their first name only (or "Selam team"): never their account or Telegram name.
    private String signature(Message message) {
        if (message.staffId() == null) {
            return null;
        }
        String language = message.language() != null && texts.supports(message.language()) ? message.language()
                : "nl";
        String team = texts.format("telegram.team", language);
        if (api.config().signWithTeam()) {
            return team;
        }
        return staff.findById(message.staffId()).map(StaffAccount::name).map(n -> n.strip().split("\\s+")[0])
                .filter(n -> !n.isBlank()).orElse(team);
    }
}
