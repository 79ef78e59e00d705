package nl.selam.kb.cache;

import java.util.function.Supplier;

/**
 * Where the engine's trained parts (the Lucene index, the ranker's and the safety classifiers' weights, ...) come
 * from: built, or read back from an earlier build of the same content by the same code. Training is deterministic,
 * so a part read back is the part the build would make. A model added later plugs in with one call:
 * {@code parts.get("my.model", MyModel.CODEC, () -> MyModel.train(...))}.
 */
public interface TrainedParts {

    /** Always builds; nothing is kept (tests, evaluation, benchmarks). */
    TrainedParts NONE = new TrainedParts() {
        @Override
        public <T> T get(String name, PartCodec<T> codec, Supplier<T> build) {
            return build.get();
        }

        @Override
        public TrainedParts variant(String variant) {
            return this;
        }
    };

    /**
     * The part of this name: read back when kept for the same content and code, else built (and kept).
     *
     * @param name  a file-name-safe id, unique per part ({@code [a-z0-9.-]+})
     * @param build makes the part; a null part is returned as is and not kept
     */
    <T> T get(String name, PartCodec<T> codec, Supplier<T> build);

    /** The same store, with parts keyed also by a build setting that changes them (e.g. switched-off steps). */
    TrainedParts variant(String variant);
}
