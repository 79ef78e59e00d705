package nl.selam.bot.console.queue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The desk contract on the embedded default (H2 in PostgreSQL mode). */
@MicronautTest(transactional = false)
class H2DeskTest extends DeskContract {
}
