package nl.selam.bot.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/**
 * A second Selam instance in the same JVM on the same database (the named in-memory H2 database is shared inside a
 * JVM; a PostgreSQL schema is shared anyway) and the same data folder (so the same console secret): what two
 * instances behind a load balancer are.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    public static EmbeddedServer start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, all, "test");
    }
}
