package nl.selam.bot.staff;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.system.InvalidRequestException;

import java.sql.Connection;
import java.util.List;

/**
 * The language a staff member reads Selam's staff texts in: Telegram notices and commands, and the console where
 * the console has that language. Dutch until they choose; only the four languages the catalogues are complete in.
 */
@Singleton
public class StaffLanguages {

    /** The choices, in the order the account page offers them. */
    public static final List<String> CHOICES = nl.selam.kb.language.Language.answeredCodes();
    public static final String DEFAULT = "nl";

    private final StaffLanguageRepository rows;
    private final TransactionOperations<Connection> tx;

    StaffLanguages(StaffLanguageRepository rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.tx = tx;
    }

    public String of(long staffId) {
        return rows.find(staffId).filter(CHOICES::contains).orElse(DEFAULT);
    }

    public void choose(long staffId, String language) {
        if (language == null || !CHOICES.contains(language)) {
            throw new InvalidRequestException("field 'language' must be one of " + CHOICES, "error.account.language");
        }
        if (rows.update(staffId, language) > 0) {
            return;
        }
        try {
            tx.executeWrite(status -> {
                rows.insert(staffId, language);
                return null;
            });
        } catch (RuntimeException raced) {
            // two saves at once: the other inserted the row first, so this one updates it
            if (rows.update(staffId, language) == 0) {
                throw raced;
            }
        }
    }
}
