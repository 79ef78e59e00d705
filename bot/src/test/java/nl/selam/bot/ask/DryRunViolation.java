package nl.selam.bot.ask;

import nl.selam.bot.outbox.Outbox;

/** A deliberate violation for {@code ArchitectureTest}: the dry run touching state. Never used. */
public final class DryRunViolation {
    Outbox outbox;
}
