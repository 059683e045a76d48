package dev.kopru.dia;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.dia.client.DiaModel;
import dev.kopru.dia.client.DiaQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An entity kept in one DİA model, keyed by DİA's {@code _key} and found by the card's code: parties in
 * {@code scf_carikart}, items in {@code scf_stokkart}. Reads are list rows in change order ({@link ChangePages});
 * get is {@code _getir} (the whole card); create, update and delete are the model's own services.
 *
 * @param <W> the wire record
 * @param <T> the canonical record
 */
final class CardHandler<W, T> implements EntityHandler<T> {

    /**
     * How one entity sits in its model; {@code otherKeys}: natural keys besides {@code code}, each the list field a
     * value is filtered on (a party's {@code taxId}: {@code verginumarasi} or {@code tckimlikno} by its length).
     */
    record Shape<W, T>(String entity, String codeField, Function<W, String> key, Function<W, String> date,
                       Function<W, T> toCanonical, BiFunction<T, String, W> toWire, Function<T, String> code,
                       Map<String, Function<String, String>> otherKeys) {
    }

    private final DiaModel<W> model;
    private final Shape<W, T> shape;
    private final Clock clock;
    private final int maxPageSize;

    CardHandler(DiaModel<W> model, Shape<W, T> shape, Clock clock, int maxPageSize) {
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
        return ChangePages.read(request, model, clock, maxPageSize, shape.date(), shape.key(), shape.toCanonical());
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
        Function<String, String> field = naturalKey.name().equals("code") ? value -> shape.codeField()
                : shape.otherKeys().get(naturalKey.name());
        if (field == null) {
            List<String> known = new ArrayList<>(List.of("code"));
            known.addAll(shape.otherKeys().keySet());
            throw ReadFilters.unknownNaturalKey(model.name() + "_listele", shape.entity(), naturalKey, known);
        }
        String value = naturalKey.value();
        return model.list(DiaQuery.first(2).where(field.apply(value), "=", value)).stream().findFirst()
                .flatMap(row -> get(shape.key().apply(row)));
    }

    @Override
    public NaturalKey naturalKeyOf(T record) {
        String code = shape.code().apply(record);
        if (code == null || code.isBlank()) {
            throw new ConnectorException.Validation(model.name() + "_ekle", "code", "code: required, it is the "
                    + shape.codeField() + " DİA finds the card by", null);
        }
        return new NaturalKey("code", code);
    }

    @Override
    public String create(T record) {
        naturalKeyOf(record);
        W wire = shape.toWire().apply(record, null);
        return Long.toString(VendorFields.CANONICAL.translating(() -> model.create(wire)).key());
    }

    @Override
    public void update(String key, T record) {
        W wire = shape.toWire().apply(record, key);
        VendorFields.CANONICAL.translating(() -> model.update(wire));
    }

    @Override
    public void delete(String key) {
        model.delete(Long.parseLong(key));
    }
}
