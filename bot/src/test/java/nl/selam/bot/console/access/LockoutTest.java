package nl.selam.bot.console.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The lockout contract on the embedded default (H2 in PostgreSQL mode). */
@MicronautTest(transactional = false)
class LockoutTest extends LockoutContract {
}
