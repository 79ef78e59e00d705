package nl.selam.bot.knowledge;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.system.DataDirectory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class HealthTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Test
    void healthIsUpOnceStarted() {
        HttpResponse<Map<String, Object>> response = client.toBlocking()
                .exchange(HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));
        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("UP", response.body().get("status"));
    }

    @Test
    void answerEngineIsBuiltAtStartNotOnFirstQuestion() {
        // @Context: the engine exists before any request, so a 200 from /health means questions can be answered.
        assertTrue(context.getBeanDefinition(LiveEngine.class).hasStereotype(Context.class),
                "the engine bean is eager (@Context)");
    }

    @Test
    void dataDirectoryExists() {
        assertTrue(Files.isDirectory(context.getBean(DataDirectory.class).path()));
    }
}
