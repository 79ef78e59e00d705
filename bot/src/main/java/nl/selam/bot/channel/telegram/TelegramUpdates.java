package nl.selam.bot.channel.telegram;

import jakarta.inject.Singleton;
import nl.selam.bot.channel.ChannelGateway;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.List;

/**
 * Acts on Telegram updates, one at a time and never throwing: whatever goes wrong with one update is logged
 * (without any message text) and the loop goes on. An update counts as handled once it is stored in the inbox
 * or deliberately dropped; only then may Telegram consider it delivered.
 */
@Singleton
class TelegramUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramUpdates.class);
    private static final long MAX_BACKOFF_MS = 30_000;
    private static final int MAX_FAILURES = 3;

    private final ChannelGateway gateway;
    private final TelegramApi api;
    private final Messages texts;
    private final StaffTelegram staffChats;
    private volatile boolean stopping;

    TelegramUpdates(ChannelGateway gateway, TelegramApi api, Messages texts,
                    StaffTelegram staffChats) {
        this.gateway = gateway;
        this.api = api;
        this.texts = texts;
        this.staffChats = staffChats;
    }

    /**
     * Long polling: the library asks for the next batch (which acknowledges this one) only after this returns,
     * so each update is retried here until it is stored: without limit while the database is unreachable, a few
     * times for any other failure (an update that can never be stored must not stop every later one).
     */
    void consumeAll(List<Update> updates) {
        for (Update update : updates) {
            long backoff = 500;
            int failures = 0;
            for (Outcome outcome = attempt(update); outcome != Outcome.DONE; outcome = attempt(update)) {
                if (stopping || Thread.currentThread().isInterrupted()) {
                    return; // unacknowledged: Telegram delivers it again after the restart
                }
                if (outcome == Outcome.FAILED && ++failures >= MAX_FAILURES) {
                    LOG.error("Telegram update {} dropped after {} failed attempts", update.getUpdateId(), failures);
                    break;
                }
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    void stop() {
        stopping = true;
    }

    /** Webhook mode: handles one update; false means it was not stored and Telegram should deliver it again. */
    boolean handle(Update update) {
        return attempt(update) != Outcome.TRANSIENT;
    }

    /** What became of one attempt at an update. */
    enum Outcome { DONE, TRANSIENT, FAILED }

    Outcome attempt(Update update) {
        try {
            if (staffChats.handles(update)) {
                return Outcome.DONE; // a tolk's chat: never stored as a resident's message
            }
        } catch (Exception e) {
            LOG.warn("Telegram staff update {} failed ({})", update.getUpdateId(), e.getClass().getSimpleName());
            return unreachableDatabase(e) ? Outcome.TRANSIENT : Outcome.FAILED;
        }
        TelegramInbound inbound;
        try {
            inbound = UpdateMapper.map(update);
        } catch (RuntimeException e) {
            LOG.warn("Telegram update {} could not be read ({}); skipped", update.getUpdateId(),
                    e.getClass().getSimpleName());
            return Outcome.DONE; // retrying an update we cannot read would block every later one
        }
        try {
            act(inbound);
            return Outcome.DONE;
        } catch (Exception e) {
            LOG.warn("Telegram update {} failed ({})", update.getUpdateId(), e.getClass().getSimpleName());
            if (stored(inbound)) {
                return Outcome.DONE; // in the inbox: the recovery sweep finishes it
            }
            return unreachableDatabase(e) ? Outcome.TRANSIENT : Outcome.FAILED;
        }
    }

    private static boolean unreachableDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.net.ConnectException || t.getClass().getSimpleName().contains("Connection")) {
                return true;
            }
        }
        return false;
    }

    private void act(TelegramInbound inbound) throws Exception {
        if (inbound instanceof TelegramInbound.Pipeline p) {
            InboundEvent event = p.event();
            if (event instanceof InboundEvent.FeedbackGiven) {
                String language = gateway.languageOf(UpdateMapper.CHANNEL, event.origin().userId());
                gateway.receive(event);
                answerCallback(p.callbackId(), texts.format("telegram.feedback_thanks", language));
            } else if (event instanceof InboundEvent.EraseConfirmed) {
                erase(event, p.callbackId());
            } else {
                gateway.receive(event);
                answerCallback(p.callbackId(), null);
            }
        } else if (inbound instanceof TelegramInbound.Group g) {
            String language = g.languageHint() == null ? "nl" : g.languageHint();
            api.client().execute(SendMessage.builder().chatId(g.chatId())
                    .text(texts.format("telegram.group", language)).build());
        }
    }

    // The goodbye is sent directly: the resident no longer exists to queue a reply for.
    private void erase(InboundEvent event, String callbackId) throws Exception {
        String chatId = event.origin().userId();
        String language = gateway.languageOf(UpdateMapper.CHANNEL, chatId);
        gateway.receive(event);
        answerCallback(callbackId, null);
        api.client().execute(SendMessage.builder().chatId(chatId)
                .text(texts.format("telegram.erased", language)).build());
    }

    // A button's spinner stops when its callback is answered; failing that is cosmetic, so it never fails the update.
    private void answerCallback(String callbackId, String toast) {
        if (callbackId == null) {
            return;
        }
        try {
            api.client().execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(toast).build());
        } catch (Exception e) {
            LOG.info("Telegram: answering a button press failed ({})", e.getClass().getSimpleName());
        }
    }

    private boolean stored(TelegramInbound inbound) {
        if (!(inbound instanceof TelegramInbound.Pipeline p) || p.event() instanceof InboundEvent.FeedbackGiven
                || p.event() instanceof InboundEvent.EraseConfirmed
                || p.event() instanceof InboundEvent.ReachabilityChanged) {
            return true; // feedback, erasure and the rest are not worth blocking later updates for
        }
        try {
            return gateway.isStored(p.event().origin());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
