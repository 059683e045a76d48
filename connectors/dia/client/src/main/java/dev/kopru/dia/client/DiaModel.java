package dev.kopru.dia.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import java.util.ArrayList;
import java.util.List;

/**
 * The five service kinds of one DİA model (dia.md §5): {@code _listele}, {@code _getir}, {@code _ekle},
 * {@code _guncelle} and {@code _sil}, records read into and written from {@code T} (a wire record or
 * {@link ObjectNode}). Failure semantics as {@link DiaClient}'s; a {@code _getir} or {@code _sil} of a key DİA does
 * not have throws {@link ConnectorException.NotFound}.
 */
public final class DiaModel<T> {

    private final DiaClient client;
    private final ObjectMapper json;
    private final String model;
    private final Class<T> type;

    DiaModel(DiaClient client, ObjectMapper json, String model, Class<T> type) {
        this.client = client;
        this.json = json;
        this.model = model;
        this.type = type;
    }

    public String name() {
        return model;
    }

    /** {@code _listele}: one page of list rows (the screen's columns, not the whole record). */
    public List<T> list(DiaQuery query) {
        ObjectNode params = json.createObjectNode();
        ArrayNode filters = params.putArray("filters");
        query.filters().forEach(f -> {
            ObjectNode filter = filters.addObject().put("field", f.field());
            if (f.operator() != null && !f.operator().isBlank()) {
                filter.put("operator", f.operator());
            }
            filter.put("value", f.value());
        });
        ArrayNode sorts = params.putArray("sorts");
        query.sorts().forEach(s -> sorts.addObject().put("field", s.field()).put("sorttype", s.sorttype()));
        ObjectNode screen = params.putObject("params");
        if (!query.selectedColumns().isEmpty()) {
            ArrayNode columns = screen.putArray("selectedcolumns");
            query.selectedColumns().forEach(columns::add);
        }
        params.put("limit", query.limit()).put("offset", query.offset());
        List<T> rows = new ArrayList<>();
        client.result(DiaOperation.of(model, DiaOperation.Verb.LISTELE), params)
                .forEach(row -> rows.add(read(row)));
        return rows;
    }

    /** {@code _getir}: the whole record with its sub-models and its links resolved. */
    public T get(long key) {
        ObjectNode params = json.createObjectNode().put("key", key);
        return read(client.result(DiaOperation.of(model, DiaOperation.Verb.GETIR), params));
    }

    /** {@code _ekle}: creates {@code kart}; the new key and, for an invoice, its lines' keys. */
    public DiaSaved create(T kart) {
        return client.saved(DiaOperation.of(model, DiaOperation.Verb.EKLE), withKart(kart));
    }

    /** {@code _guncelle}: {@code kart} names the record by {@code _key}; fields not sent keep their value. */
    public DiaSaved update(T kart) {
        return client.saved(DiaOperation.of(model, DiaOperation.Verb.GUNCELLE), withKart(kart));
    }

    /** {@code _sil}: deletes the record with {@code key}. */
    public void delete(long key) {
        client.call(DiaOperation.of(model, DiaOperation.Verb.SIL), json.createObjectNode().put("key", key));
    }

    private ObjectNode withKart(T kart) {
        ObjectNode params = json.createObjectNode();
        params.set("kart", kart instanceof JsonNode node ? node : json.valueToTree(kart));
        return params;
    }

    private T read(JsonNode node) {
        return type == ObjectNode.class && node instanceof ObjectNode ? type.cast(node) : json.convertValue(node, type);
    }
}
