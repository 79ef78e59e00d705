package nl.selam.bot.privacy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;

/**
 * Erases everything about one resident at their request: the resident row and, by cascade, their conversations,
 * messages, escalations and outbox entries. Audit entries keep only that staff acted, not on whom.
 */
@Singleton
public class ErasureService {

    private static final Logger LOG = LoggerFactory.getLogger(ErasureService.class);

    private final Erasure erasure;
    private final ResidentDirectory residents;
    private final TransactionOperations<Connection> tx;
    private final java.util.List<ErasureListener> listeners;

    ErasureService(Erasure erasure, ResidentDirectory residents, TransactionOperations<Connection> tx,
                   java.util.List<ErasureListener> listeners) {
        this.erasure = erasure;
        this.residents = residents;
        this.tx = tx;
        this.listeners = listeners;
    }

    /**
     * Erases the resident. An open crisis escalation leaves a text-free safety record for the tolk, in the same
     * transaction, so the urgent conversation never silently disappears from the desk (docs/privacy.md).
     */
    public void erase(Resident resident) {
        tx.executeWrite(status -> {
            listeners.forEach(l -> l.beforeErasing(resident.id()));
            return erasure.deleteResident(resident.id());
        });
        residents.forget(resident);
        LOG.info("Erased a resident at their request"); // no id: even that would link log lines to a person
    }
}
