package nl.selam.bot.knowledge;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.content.Municipality;
import nl.selam.kb.decision.AnswerEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the one answer engine of this instance from the content in the knowledge-base jar. */
@Factory
class AnswerEngineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerEngineFactory.class);

    // @Context builds the index while the application starts, before the HTTP server listens: /health and
    // /api/ask are only reachable once the engine can answer, and a broken knowledge base stops the start-up.
    @Context
    @Bean(preDestroy = "close")
    AnswerEngine answerEngine(MunicipalityConfiguration municipality) {
        long start = System.nanoTime();
        KnowledgeBase content = KnowledgeBaseLoader.fromClasspath();
        AnswerEngine engine = new AnswerEngine(withMunicipality(content, municipality));
        LOG.info("Answer engine ready: {} FAQ topics indexed in {} ms",
                engine.knowledgeBase().byId().size(), (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    private static KnowledgeBase withMunicipality(KnowledgeBase kb, MunicipalityConfiguration configured) {
        Municipality defaults = kb.municipality();
        Municipality profile = new Municipality(
                orDefault(configured.naam(), defaults.naam()),
                orDefault(configured.telefoon(), defaults.telefoon()),
                orDefault(configured.website(), defaults.website()));
        return new KnowledgeBase(kb.entries(), kb.smallTalk(), kb.lexicon(), kb.safety(), profile, kb.calibration());
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
