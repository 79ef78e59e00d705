package nl.selam.bot.privacy;

import java.time.Instant;

/**
 * A feature that keeps something of a resident beyond their rows (the escalation feature's text-free record of an
 * erased crisis). Erasure and retention call it, so privacy does not depend on those features.
 */
public interface ErasureListener {

    /** Called in the erasing transaction, before the resident's rows are deleted. */
    void beforeErasing(long residentId);

    /** Called by the retention job: deletes what is kept of erased residents, closed before this moment. */
    int purgeClosedBefore(Instant before);
}
