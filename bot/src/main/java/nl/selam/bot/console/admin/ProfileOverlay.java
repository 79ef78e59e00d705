package nl.selam.bot.console.admin;

import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.ContentOverlay;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.content.Municipality;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The beheerder's municipality profile over the configured one (order 100: after the configuration's overlay):
 * each field set in the console replaces the value before it. It also fills {@code {gemeente.openingstijden}} in
 * every answer with the office hours written in that answer's language; the knowledge base's own
 * {@link Municipality} has no office hours.
 */
@Singleton
class ProfileOverlay implements ContentOverlay {

    static final String HOURS_PLACEHOLDER = "{gemeente.openingstijden}";
    static final int ORDER = 100;
    // Said instead of the hours while the beheerder has not entered any.
    private static final Map<String, String> NO_HOURS = Map.of(
            "nl", "zie de website van de gemeente",
            "en", "see the municipality's website",
            "ar", "راجع موقع البلدية",
            "ti", "ኣብ መርበብ ሓበሬታ ናይ ኮሙነ ርኣዩ");

    private final MunicipalityProfileRepository profiles;

    ProfileOverlay(MunicipalityProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        Optional<MunicipalityProfile> stored = profiles.findById(MunicipalityProfile.THE_ONE);
        Municipality before = kb.municipality();
        Municipality profile = stored.map(p -> new Municipality(or(p.naam(), before.naam()),
                or(p.telefoon(), before.telefoon()), or(p.website(), before.website()))).orElse(before);
        OfficeHours hours = stored.map(MunicipalityProfile::officeHours).filter(h -> !h.isBlank())
                .map(OfficeHours::parse).filter(OfficeHours::anyOpen).orElse(null);
        return new KnowledgeBase(withHours(kb.entries(), hours), kb.smallTalk(), kb.lexicon(), kb.safety(), profile,
                kb.calibration());
    }

    /** Every entry with the office-hours placeholder filled in its answer's language. */
    static List<FaqEntry> withHours(List<FaqEntry> entries, OfficeHours hours) {
        List<FaqEntry> out = new ArrayList<>(entries.size());
        for (FaqEntry entry : entries) {
            boolean has = entry.texts().values().stream().anyMatch(t -> t.answer().contains(HOURS_PLACEHOLDER));
            if (!has) {
                out.add(entry);
                continue;
            }
            Map<Language, LocalizedEntry> texts = new EnumMap<>(Language.class);
            entry.texts().forEach((language, text) -> texts.put(language, new LocalizedEntry(text.title(),
                    text.questions(), text.keywords(), text.answer().replace(HOURS_PLACEHOLDER,
                            hoursIn(hours, language.code())))));
            out.add(new FaqEntry(entry.id(), entry.category(), entry.reviewed(), entry.sources(), texts));
        }
        return out;
    }

    static String hoursIn(OfficeHours hours, String language) {
        if (hours == null) {
            return NO_HOURS.getOrDefault(language, NO_HOURS.get("en"));
        }
        return hours.render(language);
    }

    @Override
    public boolean editsContent() {
        return false;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static String or(String value, String before) {
        return value == null || value.isBlank() ? before : value;
    }
}
