package nl.selam.bot.console.access;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The console's login cookie (a JWT) is signed with HS256 under {@link ConsoleSecret}: the bean that
 * {@code micronaut.security.token.jwt.signatures.secret.generator.secret} would create from configuration, made here
 * because the secret may live in the data folder. Micronaut signs with it (it is named "generator") and verifies
 * every cookie with it; once a signature is configured it refuses unsigned ({@code alg=none}) tokens.
 * <p>
 * The method must return the interface: a bean typed {@code SecretSignature} or {@code SecretSignatureConfiguration}
 * inherits their {@code @EachBean}/{@code @EachProperty} and silently does not exist without such properties, which
 * is how the console once issued and accepted unsigned cookies (issue 10).
 */
@Factory
class ConsoleSignatureFactory {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration consoleSignature(ConsoleSecret secret) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setSecret(secret.asText());
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(config);
    }
}
