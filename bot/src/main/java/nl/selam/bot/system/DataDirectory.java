package nl.selam.bot.system;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory for this instance's files ({@code selam.data-dir}), created at start so later parts can rely on it. */
@Context
public final class DataDirectory {

    private final Path path;

    DataDirectory(@Value("${selam.data-dir}") String dir) {
        this.path = Path.of(dir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            // Fail the start-up: an instance that cannot write its data must not pretend to be healthy.
            throw new UncheckedIOException("Cannot create data directory " + path, e);
        }
    }

    public Path path() {
        return path;
    }
}
