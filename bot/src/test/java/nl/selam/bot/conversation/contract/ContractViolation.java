package nl.selam.bot.conversation.contract;

import nl.selam.bot.outbox.Outbox;

/** A deliberate violation for {@code ArchitectureTest}: the contract reaching into a feature. Never used. */
public final class ContractViolation {
    Outbox outbox;
}
