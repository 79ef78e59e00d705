package nl.selam.bot.console.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * The municipality profile a beheerder keeps in the console (one row, id 1). A null field keeps what the
 * configuration ({@code selam.municipality.*}) gives.
 *
 * @param officeHours seven day slots as stored by {@link OfficeHours#stored()}; null = not given
 */
@MappedEntity("municipality_profile")
record MunicipalityProfile(@Id Integer id, @Nullable String naam, @Nullable String telefoon,
                           @Nullable String website, @Nullable String officeHours, Instant changedAt,
                           @Nullable Long changedBy) {

    static final int THE_ONE = 1;
}
