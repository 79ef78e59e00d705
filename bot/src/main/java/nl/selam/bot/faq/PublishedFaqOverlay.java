package nl.selam.bot.faq;

import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.ContentOverlay;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * FAQ texts published in the console: each (topic, language) gets the text of its latest PUBLISHED revision, and a
 * published Dutch revision brings the entry's sources and reviewed date. Read from the database at every
 * {@link nl.selam.bot.knowledge.LiveEngine#rebuild()}, the start-up included, so published texts survive a restart.
 *
 * <p>A topic created in the console (one the shipped content does not have) becomes a new entry once its Dutch text
 * is published: category from its id, sources and reviewed date from the Dutch revision, and texts only for the
 * languages with a published revision. The answer engine never answers a resident with a language such an entry
 * lacks ({@link nl.selam.kb.decision.LanguageCoverage}).
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
        Set<String> known = new HashSet<>();
        kb.entries().forEach(e -> known.add(e.id()));
        Set<String> created = new TreeSet<>();
        for (FaqRevision r : latest.values()) {
            if (!known.contains(r.topic())) {
                created.add(r.topic());
            }
        }
        for (String topic : created) {
            FaqRevision nl = latest.get(topic + "/nl");
            if (nl == null || nl.answer().isBlank()) {
                continue; // the Dutch text is the reference: no entry before it is published
            }
            Map<Language, LocalizedEntry> texts = new EnumMap<>(Language.class);
            for (Language language : Language.answeredLanguages()) {
                FaqRevision r = latest.get(topic + "/" + language.code());
                if (r != null && !r.answer().isBlank()) {
                    texts.put(language, r.toEntry());
                }
            }
            entries.add(new FaqEntry(topic, NewEntries.categoryOf(topic),
                    nl.createdAt().atZone(ZoneOffset.UTC).toLocalDate(), nl.sourceList(), texts));
        }
        if (!created.isEmpty()) {
            entries.sort(Comparator.comparing(FaqEntry::id)); // the content loader's order
        }
        return new KnowledgeBase(entries, kb.smallTalk(), kb.lexicon(), kb.safety(), kb.municipality(),
                kb.calibration());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
