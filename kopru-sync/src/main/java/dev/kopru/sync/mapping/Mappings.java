package dev.kopru.sync.mapping;

import dev.kopru.core.input.InvalidInputException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The mappings the engine knows, by (source entity, target entity). A pipeline between two different entities needs
 * one; {@link #check} is called when the pipeline is defined, so a bad option is refused then, naming it.
 */
public final class Mappings {

    private static final Map<String, Function<PipelineOptions, RecordMapping<?, ?>>> BUILT_IN = Map.of(
            key("order", "invoice"), OrderToInvoice::new,
            key("item", "listing"), ItemToListing::new);

    private Mappings() {
    }

    /** Whether a pipeline from {@code sourceEntity} to {@code targetEntity} goes through a mapping. */
    public static boolean mapped(String sourceEntity, String targetEntity) {
        return !sourceEntity.equals(targetEntity);
    }

    /**
     * The mapping of a pipeline from {@code sourceEntity} to {@code targetEntity}, configured from its options; empty
     * when the entities are the same (records are written as they are read).
     *
     * @throws IllegalArgumentException naming the option or entity when there is no such mapping or an option is bad
     */
    public static Optional<RecordMapping<?, ?>> of(String sourceEntity, String targetEntity, String optionsJson) {
        PipelineOptions options = PipelineOptions.parse(optionsJson);
        options.textMap("sourceFilters");
        options.bool("fullRead", false);
        options.duration("resendInDoubtAfter");
        options.duration("lookBack");
        if (!mapped(sourceEntity, targetEntity)) {
            return Optional.empty();
        }
        Function<PipelineOptions, RecordMapping<?, ?>> factory = BUILT_IN.get(key(sourceEntity, targetEntity));
        if (factory == null) {
            throw new InvalidInputException("targetEntity", "no mapping from " + sourceEntity + " to " + targetEntity
                    + "; mapped pipelines: order → invoice, item → listing (or the same entity on both sides)");
        }
        return Optional.of(factory.apply(options));
    }

    /** Refuses a pipeline whose mapping does not exist or whose options it cannot read. */
    public static void check(String sourceEntity, String targetEntity, String optionsJson) {
        of(sourceEntity, targetEntity, optionsJson);
    }

    private static String key(String source, String target) {
        return source + "→" + target;
    }
}
