package nl.selam.kb.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * How one trained part is written to and read back from its cache file. A reader must reject what it cannot have
 * written (throw {@link IOException}); lengths read from the file are checked against what is left of it with
 * {@link PartFormat}, so a damaged or foreign file can never make it allocate without bound.
 */
public interface PartCodec<T> {

    void write(T part, DataOutputStream out) throws IOException;

    T read(DataInputStream in) throws IOException;
}
