package dev.kopru.sync.store;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.sync.mapping.PipelineOptions;
import java.util.Objects;

/**
 * A pipeline as stored: which entity moves from which connection to which, in batches of {@code batchSize}, with its
 * {@code options} (read once, when the spec is made). {@code version} goes up by one on every change of the definition.
 */
public record PipelineSpec(long id, String name, long sourceConnectionId, String sourceEntity,
                           long targetConnectionId, String targetEntity, Mode mode, int batchSize,
                           PipelineOptions options, int version) {

    /** ONE_WAY: source → target. TWO_WAY: both sides kept in step (see {@link ConflictPolicy}). */
    public enum Mode { ONE_WAY, TWO_WAY }

    public PipelineSpec {
        Connections.require("name", name);
        Connections.require("sourceEntity", sourceEntity);
        Connections.require("targetEntity", targetEntity);
        Objects.requireNonNull(mode, "mode");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new InvalidInputException("batchSize", "must be between 1 and 10000, was " + batchSize);
        }
        if (sourceConnectionId == targetConnectionId && sourceEntity.equals(targetEntity)) {
            throw new InvalidInputException("targetConnectionId", "a pipeline cannot write an entity back to"
                    + " the connection it reads it from");
        }
        if (mode == Mode.TWO_WAY && !sourceEntity.equals(targetEntity)) {
            throw new InvalidInputException("targetEntity", "a two-way pipeline keeps one entity in step on both"
                    + " sides, so it must equal sourceEntity '" + sourceEntity + "', was '" + targetEntity + "'");
        }
        Objects.requireNonNull(options, "options");
        if (mode == Mode.TWO_WAY && options.mapping().isPresent()) {
            throw new InvalidInputException("options.mapping", "a two-way pipeline writes records as they are on"
                    + " both sides; a mapping goes one way");
        }
    }

    /**
     * A spec whose options are read from {@code optionsJson}; a missing mapping or a bad option is refused here,
     * when the pipeline is defined, naming the option.
     */
    public PipelineSpec(long id, String name, long sourceConnectionId, String sourceEntity, long targetConnectionId,
                        String targetEntity, Mode mode, int batchSize, String optionsJson, int version) {
        this(id, name, sourceConnectionId, sourceEntity, targetConnectionId, targetEntity, mode, batchSize,
                PipelineOptions.read(sourceEntity, targetEntity, optionsJson), version);
    }

    /** The options as they were given and are stored. */
    public String optionsJson() {
        return options.json();
    }

    public PipelineSpec withBatchSize(int size) {
        return new PipelineSpec(id, name, sourceConnectionId, sourceEntity, targetConnectionId, targetEntity, mode,
                size, options, version);
    }

    /** A new one-way pipeline, not yet stored (id 0, version 1). */
    public static PipelineSpec oneWay(String name, long sourceConnectionId, long targetConnectionId, String entity,
                                      int batchSize) {
        return new PipelineSpec(0, name, sourceConnectionId, entity, targetConnectionId, entity, Mode.ONE_WAY,
                batchSize, "{}", 1);
    }

    /**
     * A new one-way pipeline from {@code sourceEntity} to a different {@code targetEntity} through a mapping
     * configured by {@code optionsJson} (see kopru-sync/README.md, "Pipeline options"), not yet stored.
     */
    public static PipelineSpec mapped(String name, long sourceConnectionId, String sourceEntity,
                                      long targetConnectionId, String targetEntity, int batchSize, String optionsJson) {
        return new PipelineSpec(0, name, sourceConnectionId, sourceEntity, targetConnectionId, targetEntity,
                Mode.ONE_WAY, batchSize, optionsJson, 1);
    }

    /** A new two-way pipeline between connections A ({@code a}) and B ({@code b}), not yet stored. */
    public static PipelineSpec twoWay(String name, long a, long b, String entity, int batchSize,
                                      ConflictPolicy conflicts) {
        return new PipelineSpec(0, name, a, entity, b, entity, Mode.TWO_WAY, batchSize, conflicts.toOptions(), 1);
    }

    /** The conflict policy of a two-way pipeline. */
    public ConflictPolicy conflictPolicy() {
        return options.run().conflicts();
    }
}
