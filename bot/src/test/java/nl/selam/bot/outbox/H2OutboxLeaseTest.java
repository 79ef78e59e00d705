package nl.selam.bot.outbox;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The outbox lease contract on the embedded default (H2 in PostgreSQL mode). */
@MicronautTest(transactional = false)
class H2OutboxLeaseTest extends OutboxLeaseContract {
}
