package nl.selam.bot.escalation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The queue contract on the embedded default (H2 in PostgreSQL mode). */
@MicronautTest(transactional = false)
class H2QueueTest extends QueueContract {
}
