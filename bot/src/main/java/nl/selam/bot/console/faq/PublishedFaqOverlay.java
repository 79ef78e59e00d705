package nl.selam.bot.console.faq;

import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.ContentOverlay;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FAQ texts published in the console: each (topic, language) gets the text of its latest PUBLISHED revision, and a
 * published Dutch revision brings the entry's sources and reviewed date. Read from the database at every
 * {@link nl.selam.bot.knowledge.LiveEngine#rebuild()}, the start-up included, so published texts survive a restart.
 * Revisions of topics the shipped content does not have are ignored.
 */
@Singleton
class PublishedFaqOverlay implements ContentOverlay {

    static final int ORDER = 50;

    private final FaqRevisionRepository revisions;

    PublishedFaqOverlay(FaqRevisionRepository revisions) {
        this.revisions = revisions;
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        return apply(kb, revisions.findByStateOrderByIdAsc(FaqRevision.PUBLISHED));
    }

    /** The content with these published revisions laid over it (later revisions win). */
    static KnowledgeBase apply(KnowledgeBase kb, List<FaqRevision> published) {
        if (published.isEmpty()) {
            return kb;
        }
        Map<String, FaqRevision> latest = new HashMap<>();
        for (FaqRevision r : published) {
            latest.merge(r.topic() + "/" + r.language(), r, (a, b) -> b.id() > a.id() ? b : a);
        }
        List<FaqEntry> entries = new ArrayList<>();
        for (FaqEntry entry : kb.entries()) {
            Map<Language, LocalizedEntry> texts = new EnumMap<>(Language.class);
            texts.putAll(entry.texts());
            boolean changed = false;
            for (Language language : Language.answeredLanguages()) {
                FaqRevision r = latest.get(entry.id() + "/" + language.code());
                if (r != null) {
                    texts.put(language, r.toEntry());
                    changed = true;
                }
            }
            if (!changed) {
                entries.add(entry);
                continue;
            }
            FaqRevision nl = latest.get(entry.id() + "/nl");
            List<String> sources = nl != null && !nl.sourceList().isEmpty() ? nl.sourceList() : entry.sources();
            var reviewed = nl != null ? nl.createdAt().atZone(ZoneOffset.UTC).toLocalDate() : entry.reviewed();
            entries.add(new FaqEntry(entry.id(), entry.category(), reviewed, sources, texts));
        }
        return new KnowledgeBase(entries, kb.smallTalk(), kb.lexicon(), kb.safety(), kb.municipality(),
                kb.calibration());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
