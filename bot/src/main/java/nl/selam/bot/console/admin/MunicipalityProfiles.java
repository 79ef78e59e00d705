package nl.selam.bot.console.admin;

import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.system.InvalidRequestException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and saves the beheerder's municipality profile; a save rebuilds the answer engine so answers use it. */
@Singleton
class MunicipalityProfiles {

    // digits, spaces, dashes and brackets, optionally a leading +: "14 020", "+31 20 624 1111", "(020) 624-1111"
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()\\-]{1,26}[0-9]");
    // no braces (placeholders), angle brackets or control characters in a name that goes into answers
    private static final Pattern NAME = Pattern.compile("[^{}<>\\p{Cntrl}]{1,100}");

    private final MunicipalityProfileRepository profiles;
    private final LiveEngine engine;
    private final Clock clock;

    MunicipalityProfiles(MunicipalityProfileRepository profiles, LiveEngine engine, Clock clock) {
        this.profiles = profiles;
        this.engine = engine;
        this.clock = clock;
    }

    Optional<MunicipalityProfile> stored() {
        return profiles.findById(MunicipalityProfile.THE_ONE);
    }

    /** Validates and stores the profile (blank = keep the configuration), then rebuilds the engine. */
    void save(String naam, String telefoon, String website, OfficeHours hours, long changedBy) {
        MunicipalityProfile profile = new MunicipalityProfile(MunicipalityProfile.THE_ONE, name(naam),
                phone(telefoon), website(website), hours == null || !hours.anyOpen() ? null : hours.stored(),
                clock.instant(), changedBy);
        if (profiles.existsById(MunicipalityProfile.THE_ONE)) {
            profiles.update(profile);
        } else {
            profiles.save(profile);
        }
        engine.rebuild();
    }

    static String name(String value) {
        String v = blankToNull(value);
        if (v != null && !NAME.matcher(v).matches()) {
            throw new InvalidRequestException("name: at most 100 characters, without { } < >", "error.admin.name");
        }
        return v;
    }

    static String phone(String value) {
        String v = blankToNull(value);
        if (v != null && !PHONE.matcher(v).matches()) {
            throw new InvalidRequestException("phone: digits, spaces and dashes, e.g. 14 020 or +31 20 624 1111",
                    "error.admin.phone");
        }
        return v;
    }

    static String website(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String problem = "website: a full address starting with https://, e.g. https://www.gemeente.nl";
        if (v.length() > 200 || !v.startsWith("https://") || !v.chars().allMatch(c -> c > 32 && c < 127)
                || v.chars().anyMatch(c -> "\"'<>{}\\`".indexOf(c) >= 0)) {
            throw new InvalidRequestException(problem, "error.admin.website");
        }
        try {
            URI uri = new URI(v);
            if (uri.getHost() == null || !uri.getHost().contains(".") || uri.getUserInfo() != null) {
                throw new InvalidRequestException(problem, "error.admin.website");
            }
        } catch (URISyntaxException e) {
            throw new InvalidRequestException(problem, "error.admin.website");
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
