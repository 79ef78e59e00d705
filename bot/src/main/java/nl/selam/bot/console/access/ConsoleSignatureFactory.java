package nl.selam.bot.console.access;

import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Signs and checks the console's login cookie (a JWT) with {@link ConsoleSecret}. */
@Factory
class ConsoleSignatureFactory {

    @Singleton
    @Named("generator")
    SecretSignature consoleSignature(ConsoleSecret secret) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setSecret(secret.asText());
        return new SecretSignature(config);
    }
}
