package nl.selam.bot.outbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Reachability;
import nl.selam.bot.conversation.ReplyViews;
import nl.selam.bot.conversation.contract.ChannelSender;
import nl.selam.bot.conversation.contract.DeliveryDeferred;
import nl.selam.bot.conversation.contract.OutboundReply;
import nl.selam.bot.conversation.contract.RecipientUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers outbox entries through their channel's {@link ChannelSender}: at least once, with exponential backoff,
 * parked after N failures. The channel gets an {@link OutboundReply} (never the stored row); what it throws decides
 * what happens next (see {@link ChannelSender}).
 * <p>
 * Each attempt leases its entry under a fresh token, renews the lease while the channel is sending
 * ({@link LeaseRenewal}) and writes the outcome only while the token is still its own. A send slower than the lease
 * is therefore not sent a second time by the sweep or another instance; only an attempt that stopped renewing (its
 * instance died or stalled) loses the entry, and then a stale outcome cannot overwrite the new attempt's.
 */
@Singleton
class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxRepository entries;
    private final MessageRepository messages;
    private final Map<String, ChannelSender> senders;
    private final OutboxConfiguration config;
    private final Clock clock;
    private final ApplicationEventPublisher<DeliveryEvent> events;
    private final ReplyViews views;
    private final Reachability reachability;
    private final ThreadPoolExecutor delivery;
    private final LeaseRenewal leases;

    OutboxDispatcher(OutboxRepository entries, MessageRepository messages, List<ChannelSender> senders,
                     OutboxConfiguration config, Clock clock, ApplicationEventPublisher<DeliveryEvent> events,
                     ReplyViews views, Reachability reachability, LeaseRenewal leases) {
        this.entries = entries;
        this.leases = leases;
        this.messages = messages;
        this.views = views;
        this.reachability = reachability;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.config = config;
        this.clock = clock;
        this.events = events;
        // bounded: under a flood the queue fills and further entries simply wait for the sweep
        this.delivery = new ThreadPoolExecutor(Math.max(1, config.deliveryThreads()), Math.max(1, config.deliveryThreads()), 30,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), r -> {
                    Thread t = new Thread(r, "selam-outbox-delivery");
                    t.setDaemon(true);
                    return t;
                });
        this.delivery.allowCoreThreadTimeOut(true);
    }

    /**
     * Delivers entries right after the transaction that queued them, in their order. Once one goes to a remote
     * channel, it and the rest go to a delivery thread as one task (so their order holds) and this returns: a
     * webhook is answered once the reply is in the outbox, not once the platform took it. Exactly once still rests
     * on the renewed lease and its token, as for the sweep; a task lost to a full queue or a shutdown leaves its
     * entries pending for the sweep.
     */
    void deliverNow(List<Long> entryIds) {
        for (int i = 0; i < entryIds.size(); i++) {
            long id = entryIds.get(i);
            if (isRemote(id)) {
                List<Long> rest = List.copyOf(entryIds.subList(i, entryIds.size()));
                try {
                    delivery.execute(() -> rest.forEach(this::attempt));
                } catch (RejectedExecutionException full) {
                    LOG.info("Outbox delivery queue full; {} entries wait for the sweep", rest.size());
                }
                return;
            }
            attempt(id);
        }
    }

    private boolean isRemote(long entryId) {
        return entries.findById(entryId).map(e -> senders.get(e.channel())).map(ChannelSender::remote)
                .orElse(false);
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow(); // entries not yet attempted stay pending; leased ones come back after the lease
    }

    @Scheduled(fixedDelay = "${selam.outbox.sweep-interval:1s}", initialDelay = "2s")
    void sweep() {
        entries.findDue(clock.instant()).forEach(this::attempt);
    }

    void attempt(long entryId) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        if (entries.lease(entryId, now, now.plus(config.lease()), token) == 0) {
            return; // sent already, parked, not due, or another attempt holds it
        }
        OutboxEntry entry = entries.findById(entryId).orElse(null);
        if (entry == null) {
            return; // erased in between
        }
        try {
            try (LeaseRenewal.Hold held = leases.hold(entryId, token)) {
                send(entry);
            }
            Instant sent = clock.instant();
            if (entries.markSent(entryId, sent, token) == 0) {
                lost(entryId);
                return;
            }
            publish(entry, DeliveryEvent.Result.SENT, Duration.between(entry.createdAt(), sent));
        } catch (RecipientUnreachable e) {
            if (entries.park(entryId, "UNREACHABLE", token) == 0) { // the resident blocked us: retrying cannot help
                lost(entryId);
                return;
            }
            publish(entry, DeliveryEvent.Result.PARKED, Duration.ZERO);
        } catch (DeliveryDeferred e) {
            Instant next = clock.instant().plus(e.retryAfter());
            if (entries.retryAt(entryId, next, "DEFERRED", token) == 0) {
                lost(entryId);
                return;
            }
            publish(entry, DeliveryEvent.Result.DEFERRED, Duration.ZERO);
            LOG.info("Outbox entry {} deferred by its channel for {}", entryId, e.retryAfter());
        } catch (Exception e) {
            failed(entry, e, token);
        }
    }

    // The lease ran out unrenewed (this instance stalled) and another attempt took the entry, which records the
    // outcome; or the entry was erased meanwhile.
    private void lost(long entryId) {
        LOG.warn("Outbox entry {} was taken over by another attempt (or erased) while this one was sending", entryId);
    }

    private void send(OutboxEntry entry) throws Exception {
        ChannelSender sender = senders.get(entry.channel());
        if (sender == null) {
            throw new IllegalStateException("no sender for channel " + entry.channel());
        }
        var message = messages.findById(entry.messageId());
        if (message.isEmpty()) {
            return; // erased meanwhile: nothing to deliver
        }
        OutboundReply reply = views.of(message.get()).orElse(null);
        if (reply == null) {
            return; // the resident was erased meanwhile: nobody to deliver to
        }
        if (reachability.isUnreachable(reply.residentId())) {
            throw new RecipientUnreachable();
        }
        try {
            sender.deliver(reply);
        } catch (RecipientUnreachable e) {
            reachability.unreachable(reply.residentId());
            throw e;
        }
        messages.markDelivered(reply.messageId(), clock.instant());
    }

    // Only the exception type is kept and logged: a channel's error message may quote the text it refused.
    private void failed(OutboxEntry entry, Exception e, String token) {
        String error = e.getClass().getSimpleName();
        if (entry.attempts() >= config.maxAttempts()) {
            if (entries.park(entry.id(), error, token) == 0) {
                lost(entry.id());
                return;
            }
            publish(entry, DeliveryEvent.Result.PARKED, Duration.ZERO);
            LOG.warn("Outbox entry {} parked after {} attempts ({})", entry.id(), entry.attempts(), error);
        } else {
            if (entries.retryAt(entry.id(), clock.instant().plus(config.backoffAfter(entry.attempts())), error,
                    token) == 0) {
                lost(entry.id());
                return;
            }
            publish(entry, DeliveryEvent.Result.FAILED, Duration.ZERO);
            LOG.info("Outbox entry {} failed attempt {} ({}); retrying", entry.id(), entry.attempts(), error);
        }
    }

    private void publish(OutboxEntry entry, DeliveryEvent.Result result, Duration latency) {
        events.publishEvent(new DeliveryEvent(entry.channel(), result, latency));
    }
}
