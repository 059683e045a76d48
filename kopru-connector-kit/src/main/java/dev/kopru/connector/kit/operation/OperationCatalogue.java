package dev.kopru.connector.kit.operation;

import dev.kopru.core.connector.RawOperations.RawOperation;
import dev.kopru.core.input.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every operation of one vendor, found by the name a caller types: vendors match names ignoring case, and a Turkish
 * dotless ı may come in as i ({@code KayitOkuV2} for {@code KayıtOkuV2}).
 *
 * @param operations the operations listed (all of them, for a closed catalogue)
 * @param others     for a vendor whose operations follow a naming scheme (DİA's {@code <module>_<model>_<verb>}):
 *                   builds the operation of a name not listed, or throws {@link InvalidInputException} naming
 *                   {@code operation}; null for a closed catalogue
 */
public record OperationCatalogue<O extends VendorOperation>(String vendor, List<O> operations,
                                                            Function<String, O> others) {

    public OperationCatalogue {
        operations = List.copyOf(operations);
    }

    /** A closed catalogue: only the listed operations exist. */
    public OperationCatalogue(String vendor, List<O> operations) {
        this(vendor, operations, null);
    }

    /** An open catalogue: {@code listed} are the ones shown, any other name is what {@code others} makes of it. */
    public static <O extends VendorOperation> OperationCatalogue<O> open(String vendor, List<O> listed,
                                                                        Function<String, O> others) {
        return new OperationCatalogue<>(vendor, listed, java.util.Objects.requireNonNull(others, "others"));
    }

    /** The catalogue of an enum of operations. */
    public static <E extends Enum<E> & VendorOperation> OperationCatalogue<E> of(String vendor, Class<E> type) {
        return new OperationCatalogue<>(vendor, Arrays.asList(type.getEnumConstants()));
    }

    /** @throws InvalidInputException naming {@code operation}, listing the known ones, when there is no such one */
    public O find(String name) {
        String wanted = plain(name);
        java.util.Optional<O> listed = operations.stream().filter(op -> plain(op.methodName()).equals(wanted))
                .findFirst();
        if (listed.isEmpty() && others != null) {
            return others.apply(name);
        }
        return listed.orElseThrow(() -> new InvalidInputException("operation", "'" + name + "' is not a " + vendor
                        + " operation this connector knows (known: " + String.join(", ", names()) + ")"));
    }

    public List<String> names() {
        return operations.stream().map(VendorOperation::methodName).toList();
    }

    /** The operations as the raw pass-through lists them. */
    public List<RawOperation> rawOperations() {
        return operations.stream().map(op -> new RawOperation(op.methodName(), op.write())).toList();
    }

    private static String plain(String name) {
        return name == null ? "" : name.replace('ı', 'i').replace('İ', 'I').toLowerCase(Locale.ROOT);
    }
}
