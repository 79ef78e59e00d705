package nl.selam.bot.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A person working in the console.
 *
 * @param languages the language codes they answer in, comma-separated (e.g. {@code ti,am})
 */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("staff_account")
public record StaffAccount(@Id @GeneratedValue @Nullable Long id, String name, StaffRole role, String languages,
                           boolean active, Instant createdAt) {

    public List<String> languageList() {
        return Arrays.stream(languages.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Tolken and sleutelpersonen answer residents; the other roles do not work the queue. */
    public boolean answersResidents() {
        return active && (role == StaffRole.TOLK || role == StaffRole.SLEUTELPERSOON);
    }
}
