package nl.selam.bot.knowledge;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.selam.bot.system.DataDirectory;
import nl.selam.kb.cache.DiskTrainedParts;
import nl.selam.kb.cache.TrainedParts;
import nl.selam.kb.content.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Keeps the answer engine's built index and trained models in {@code SELAM_DATA_DIR/engine-cache} (issue 13: they
 * were most of the start-up). A start with the same content and the same Selam build reads them back instead of
 * building; published edits, another build of Selam, or a damaged file make that part be built again, as before.
 * {@code selam.knowledge.cache: false} builds everything every time.
 */
@Singleton
class EngineCache {

    private static final Logger LOG = LoggerFactory.getLogger(EngineCache.class);

    private final Path folder;
    private final boolean enabled;

    EngineCache(DataDirectory data, @Value("${selam.knowledge.cache:true}") boolean enabled) {
        this.folder = data.path().resolve("engine-cache");
        this.enabled = enabled;
    }

    /** Where the parts of an engine over this content come from. */
    TrainedParts forContent(KnowledgeBase content) {
        if (!enabled) {
            return TrainedParts.NONE;
        }
        return new DiskTrainedParts(folder, DiskTrainedParts.keyOf(content), new DiskTrainedParts.Listener() {
            @Override
            public void reused(String name) {
                LOG.debug("Engine part {} read from {}", name, folder);
            }

            @Override
            public void built(String name, String reason) {
                LOG.info("Engine part {} built ({})", name, reason);
            }

            @Override
            public void notKept(String name, Exception problem) {
                LOG.warn("Engine part {} could not be kept in {}: {}", name, folder, problem.toString());
            }
        });
    }
}
