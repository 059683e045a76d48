package dev.kopru.logo;

import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One canonical entity Logo keeps in several data objects (sales and purchase invoices; cash, bank and card
 * payments), each read as {@link Records} does, one after the other. A record of the first data object is keyed by
 * its reference alone when that object's prefix is empty (a sales invoice: {@code 7}), any other by
 * {@code dataObject/reference} ({@code purchaseInvoices/7}), since each Logo table numbers its own records; a read's
 * cursor names the data object it stopped in the same way.
 *
 * @param <T> the canonical record
 */
final class DataObjects<T> implements EntityHandler<T> {

    private final List<Records<T>> parts;
    private final Function<T, String> resourceOf;

    /** @param resourceOf the data object a record is written to (refusing, in the canonical field's name, none) */
    DataObjects(List<Records<T>> parts, Function<T, String> resourceOf) {
        this.parts = List.copyOf(parts);
        this.resourceOf = resourceOf;
    }

    @Override
    public String entityName() {
        return parts.getFirst().entityName();
    }

    @Override
    public Page<T> read(ReadRequest request) {
        ChangeCursor from = parts.getFirst().from(request);
        int at = part(from.key()).orElseThrow(() -> new ConnectorException.Validation("GET "
                + parts.getFirst().kind().resource(), "cursor", "cursor: its position '" + from.key()
                + "' names no data object of " + entityName() + "; reset the cursor", null));
        Records<T> part = parts.get(at);
        String prefix = part.kind().keyPrefix();
        String after = from.key().startsWith(prefix) ? from.key().substring(prefix.length()) : "";
        Records.Step<T> step = part.step(request, new ChangeCursor(from.changedAt(), after));
        if (step.after().isPresent()) {
            return new Page<>(step.records(), new ChangeCursor(from.changedAt(), prefix + step.after().get())
                    .encode(), false);
        }
        if (at + 1 < parts.size()) {
            return new Page<>(step.records(), new ChangeCursor(from.changedAt(), parts.get(at + 1).kind()
                    .keyPrefix()).encode(), false);
        }
        return new Page<>(step.records(), part.end(from), true);
    }

    @Override
    public Optional<T> get(String key) {
        return owner(key).flatMap(part -> part.get(key));
    }

    @Override
    public Optional<T> find(NaturalKey naturalKey) {
        for (Records<T> part : parts) {
            Optional<T> found = part.find(naturalKey);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public NaturalKey naturalKeyOf(T record) {
        return parts.getFirst().naturalKeyOf(record);
    }

    @Override
    public String create(T record) {
        String resource = resourceOf.apply(record);
        return parts.stream().filter(p -> p.kind().resource().equals(resource)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no data object " + resource + " for " + entityName()))
                .create(record);
    }

    @Override
    public void delete(String key) {
        owner(key).orElseThrow(() -> new ConnectorException.Validation("DELETE " + entityName(), "key", "key: '"
                + key + "' names no record of " + entityName() + " (a reference, or dataObject/reference)", null))
                .delete(key);
    }

    /** The part a key or cursor position belongs to: an empty position is the first part's start. */
    private Optional<Integer> part(String position) {
        if (position.isEmpty()) {
            return Optional.of(0);
        }
        for (int i = 0; i < parts.size(); i++) {
            String prefix = parts.get(i).kind().keyPrefix();
            if (!prefix.isEmpty() && position.startsWith(prefix) || prefix.isEmpty() && position.matches("\\d+")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private Optional<Records<T>> owner(String key) {
        return parts.stream().filter(p -> p.owns(key)).findFirst();
    }
}
