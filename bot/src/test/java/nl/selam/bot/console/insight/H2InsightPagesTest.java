package nl.selam.bot.console.insight;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The insight pages on the embedded H2 database. */
@MicronautTest(transactional = false)
class H2InsightPagesTest extends InsightPagesContract {
}
