package nl.selam.bot.knowledge;

import jakarta.inject.Singleton;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.Municipality;

/** Fills the municipality profile from {@code selam.municipality.*}; unset values keep the content's defaults. */
@Singleton
class ConfiguredMunicipalityOverlay implements ContentOverlay {

    private final MunicipalityConfiguration configured;

    ConfiguredMunicipalityOverlay(MunicipalityConfiguration configured) {
        this.configured = configured;
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        Municipality defaults = kb.municipality();
        Municipality profile = new Municipality(
                orDefault(configured.naam(), defaults.naam()),
                orDefault(configured.telefoon(), defaults.telefoon()),
                orDefault(configured.website(), defaults.website()));
        return new KnowledgeBase(kb.entries(), kb.smallTalk(), kb.lexicon(), kb.safety(), profile, kb.calibration());
    }

    @Override
    public boolean editsContent() {
        return false;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
