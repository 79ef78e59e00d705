package nl.selam.bot;

import io.micronaut.runtime.Micronaut;

/** Starts Selam: the web chat, the API and (when configured) the Telegram channel. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
