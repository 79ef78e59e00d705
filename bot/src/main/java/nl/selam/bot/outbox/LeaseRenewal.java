package nl.selam.bot.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps an attempt's lease on its outbox entry while the channel is still sending, so a send slower than the lease
 * (a large upload, a slow platform) is not taken by the sweep or another instance and sent a second time. The lease
 * only runs out when its holder stops renewing it: the instance died or stalled, or the send has been in flight
 * longer than {@code selam.outbox.max-send} (a hung call must not hold the resident's line for ever). Then another
 * attempt may send it again (at least once), and the channel's idempotency by message id takes over.
 */
@Singleton
class LeaseRenewal {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseRenewal.class);

    private final OutboxRepository entries;
    private final OutboxConfiguration config;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor timer;

    LeaseRenewal(OutboxRepository entries, OutboxConfiguration config, Clock clock) {
        this.entries = entries;
        this.config = config;
        this.clock = clock;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "selam-outbox-lease");
            t.setDaemon(true);
            return t;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /** Renews the lease {@code token} holds on the entry until the returned hold is closed. */
    Hold hold(long entryId, String token) {
        // three renewals per lease: two may be late (a busy machine, a slow database) before the lease runs out
        long every = Math.max(10, config.lease().toMillis() / 3);
        long until = System.nanoTime() + config.maxSend().toNanos();
        Hold hold = new Hold();
        hold.task = timer.scheduleWithFixedDelay(() -> renew(hold, entryId, token, until), every, every,
                TimeUnit.MILLISECONDS);
        return hold;
    }

    private void renew(Hold hold, long entryId, String token, long until) {
        if (System.nanoTime() - until > 0) {
            LOG.warn("Outbox entry {} is still being sent after {}; its lease is no longer renewed", entryId,
                    config.maxSend());
            hold.close();
            return;
        }
        try {
            if (entries.renew(entryId, token, clock.instant().plus(config.lease())) == 0) {
                hold.close(); // erased, or taken after a stall: the current holder decides
            }
        } catch (RuntimeException e) {
            // the next tick tries again; the lease has room for two missed renewals
            LOG.info("Outbox entry {}: renewing its lease failed ({})", entryId, e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow(); // leases of sends cut short by the shutdown run out and the entries are retried
    }

    /** An attempt's claim on the renewals; closing it (when the send returned or threw) stops them. */
    static final class Hold implements AutoCloseable {

        private volatile ScheduledFuture<?> task;

        @Override
        public void close() {
            ScheduledFuture<?> t = task;
            if (t != null) {
                t.cancel(false);
            }
        }
    }
}
