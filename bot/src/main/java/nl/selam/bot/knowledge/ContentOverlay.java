package nl.selam.bot.knowledge;

import io.micronaut.core.order.Ordered;
import nl.selam.kb.content.KnowledgeBase;

/**
 * A change that this instance makes to the content shipped in the knowledge-base jar: the configured municipality
 * profile, FAQ texts published in the console, the beheerder's profile. {@link LiveEngine} applies every overlay
 * in {@link #getOrder()} order whenever it rebuilds, so the last word belongs to the highest order.
 */
public interface ContentOverlay extends Ordered {

    KnowledgeBase apply(KnowledgeBase content);

    /**
     * True for overlays that change what the FAQ says (published revisions); false for those that only fill in this
     * municipality's details. {@link LiveEngine#published()} and the export leave the latter out, so exported files
     * keep their placeholders.
     */
    default boolean editsContent() {
        return true;
    }
}
