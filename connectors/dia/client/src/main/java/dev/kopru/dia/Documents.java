package dev.kopru.dia;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.dia.client.DiaModel;
import dev.kopru.dia.client.DiaQuery;
import dev.kopru.dia.client.Fatura;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A priced document in its DİA model (invoices in {@code scf_fatura}, orders in {@code scf_siparis}, dispatch notes
 * in {@code scf_irsaliye}), keyed by DİA's {@code _key} and found by {@code belgeno}. DİA's list rows carry no
 * lines, so each document of a page is got by key as well: a page of n documents costs n + 1 (or n + 2) billed calls.
 *
 * @param <T> the canonical document
 */
final class Documents<T> implements EntityHandler<T> {

    /** How one canonical document maps: its name, number, and the two directions of the mapping. */
    record Shape<T>(String entity, Function<T, String> number, Function<Fatura, T> toCanonical,
                    BiFunction<String, T, Fatura> toWire) {
    }

    private final DiaModel<Fatura> model;
    private final Shape<T> shape;
    private final Clock clock;
    private final int maxPageSize;

    Documents(DiaModel<Fatura> model, Shape<T> shape, Clock clock, int maxPageSize) {
        this.model = model;
        this.shape = shape;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return shape.entity();
    }

    @Override
    public Page<T> read(ReadRequest request) {
        ReadFilters.check(model.name() + "_listele", request, Set.of());
        return ChangePages.read(request, model, clock, maxPageSize, Fatura::_date, Fatura::_key,
                row -> shape.toCanonical().apply(model.get(Long.parseLong(row._key()))));
    }

    @Override
    public Optional<T> get(String key) {
        if (key == null || !key.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(shape.toCanonical().apply(model.get(Long.parseLong(key))));
        } catch (ConnectorException.NotFound absent) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<T> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals("number")) {
            throw ReadFilters.unknownNaturalKey(model.name() + "_listele", shape.entity(), naturalKey,
                    List.of("number"));
        }
        return model.list(DiaQuery.first(2).where("belgeno", "=", naturalKey.value())).stream().findFirst()
                .flatMap(row -> get(row._key()));
    }

    @Override
    public NaturalKey naturalKeyOf(T document) {
        String number = shape.number().apply(document);
        if (number == null || number.isBlank()) {
            throw new ConnectorException.Validation(model.name() + "_ekle", "number", "number: required, it is the"
                    + " belgeno an in-doubt " + shape.entity() + " is found by", null);
        }
        return new NaturalKey("number", number);
    }

    @Override
    public String create(T document) {
        naturalKeyOf(document);
        Fatura wire = shape.toWire().apply(model.name() + "_ekle", document);
        return Long.toString(VendorFields.CANONICAL.translating(() -> model.create(wire)).key());
    }

    @Override
    public void delete(String key) {
        model.delete(Long.parseLong(key));
    }
}
