package dev.kopru.sync.mapping;

import dev.kopru.core.input.InvalidInputException;
import java.util.Map;
import java.util.Optional;

/**
 * The mappings the engine knows, by (source entity, target entity), and by name for a pipeline between the same
 * entities that needs one (option {@code mapping}, e.g. {@code "customer-by-tax-id"}). A pipeline between two different
 * entities needs one; its options are read when the pipeline is defined ({@link PipelineOptions#read}), so a bad
 * option is refused then, naming it.
 */
public final class Mappings {

    private static final Map<String, Class<? extends MappingOptions>> BUILT_IN = Map.of(
            key("order", "invoice"), OrderToInvoice.Options.class,
            key("item", "listing"), ItemToListing.Options.class);

    /** A mapping chosen by name, and the entities it maps. */
    private record Named(String source, String target, Class<? extends MappingOptions> options) {
    }

    private static final Map<String, Named> NAMED = Map.of(
            CustomerByTaxId.NAME, new Named("party", "party", CustomerByTaxId.Options.class),
            SalesInvoiceOfCustomer.NAME, new Named("invoice", "invoice", SalesInvoiceOfCustomer.Options.class),
            CollectionOfCustomer.NAME, new Named("payment", "payment", CollectionOfCustomer.Options.class));

    private Mappings() {
    }

    /** Whether a pipeline from {@code sourceEntity} to {@code targetEntity} goes through a mapping. */
    public static boolean mapped(String sourceEntity, String targetEntity) {
        return sourceEntity != null && targetEntity != null && !sourceEntity.equals(targetEntity);
    }

    /**
     * The mapping of a pipeline from {@code sourceEntity} to {@code targetEntity}, configured from its options; empty
     * when the entities are the same (records are written as they are read).
     *
     * @throws InvalidInputException naming the option or entity when there is no such mapping or an option is bad
     */
    public static Optional<RecordMapping<?, ?>> of(String sourceEntity, String targetEntity, String optionsJson) {
        return PipelineOptions.read(sourceEntity, targetEntity, optionsJson).mapping().map(MappingOptions::mapping);
    }

    /**
     * The options type of the mapping named {@code name} (null: the one between the entities); empty when the
     * entities are the same and no mapping is named.
     */
    static Optional<Class<? extends MappingOptions>> optionsType(String sourceEntity, String targetEntity,
                                                                 String name) {
        if (name != null) {
            Named named = NAMED.get(name);
            if (named == null) {
                throw new InvalidInputException("options.mapping", "no mapping named '" + name + "'; named mappings: "
                        + String.join(", ", new java.util.TreeSet<>(NAMED.keySet())));
            }
            if (!named.source().equals(sourceEntity) || !named.target().equals(targetEntity)) {
                throw new InvalidInputException("options.mapping", name + " maps " + named.source() + " to "
                        + named.target() + ", not " + sourceEntity + " to " + targetEntity);
            }
            return Optional.of(named.options());
        }
        if (!mapped(sourceEntity, targetEntity)) {
            return Optional.empty();
        }
        Class<? extends MappingOptions> type = BUILT_IN.get(key(sourceEntity, targetEntity));
        if (type == null) {
            throw new InvalidInputException("targetEntity", "no mapping from " + sourceEntity + " to " + targetEntity
                    + "; mapped pipelines: order → invoice, item → listing (or the same entity on both sides)");
        }
        return Optional.of(type);
    }

    private static String key(String source, String target) {
        return source + "→" + target;
    }
}
