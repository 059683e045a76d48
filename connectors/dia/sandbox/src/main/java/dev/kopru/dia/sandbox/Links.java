package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code _key_…} link fields (dia.md §5.3): a number is the linked record's {@code _key}; an object is a filter on
 * the linked model whose members must all match exactly one record; {@code 0}, {@code null} and {@code ""} are no
 * link. On {@code _getir} a link comes back as the linked record's {@code _key} and summary fields.
 */
final class Links {

    private final Store store;

    Links(Store store) {
        this.store = store;
    }

    /** The key {@code value} links to in {@code model}; null for no link. */
    Long resolve(String model, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isObject()) {
            JsonNode key = value.get("_key");
            return key != null && value.size() == 1 ? byKey(model, key) : byFilter(model, (ObjectNode) value);
        }
        return byKey(model, value);
    }

    private Long byKey(String model, JsonNode value) {
        String text = Values.text(value);
        if (text == null) {
            return null;
        }
        Long key = Values.whole(value);
        if (key != null && key == 0) {
            return null;
        }
        if (key == null || Model.named(model) == null || store.get(model, key) == null) {
            throw DiaError.notFound(model, "{'_key': " + (key == null ? "'" + text + "'" : key) + "}");
        }
        return key;
    }

    private Long byFilter(String model, ObjectNode criteria) {
        List<ObjectNode> found = Model.named(model) == null ? List.of() : store.find(model, row -> {
            for (Map.Entry<String, JsonNode> member : criteria.properties()) {
                String wanted = Values.text(member.getValue());
                if (wanted == null || !wanted.equals(Values.text(row.get(member.getKey())))) {
                    return false;
                }
            }
            return true;
        });
        if (found.isEmpty()) {
            throw DiaError.notFound(model, repr(criteria));
        }
        if (found.size() > 1) {
            throw DiaError.invalid(DiaError.MORE_THAN_ONE);
        }
        return Values.whole(found.getFirst().get("_key"));
    }

    /** The linked record as {@code _getir} shows it: its {@code _key} and summary fields. */
    ObjectNode expand(String model, String key) {
        ObjectNode shown = SandboxJson.object().put("_key", key);
        Model target = Model.named(model);
        Long number = Values.whole(SandboxJson.object().textNode(key));
        ObjectNode record = target == null || number == null ? null : store.get(model, number);
        if (record != null) {
            target.summary().forEach(f -> {
                if (record.has(f)) {
                    shown.set(f, record.get(f));
                }
            });
        }
        return shown;
    }

    /** The criteria as DİA's Python server prints them: {@code {'kod': 'ÇANKAYA VERGİ DAİRESİ'}}. */
    static String repr(ObjectNode criteria) {
        StringJoiner joined = new StringJoiner(", ", "{", "}");
        criteria.properties().forEach(e -> joined.add("'" + e.getKey() + "': "
                + (e.getValue().isNumber() ? e.getValue().asText() : "'" + e.getValue().asText() + "'")));
        return joined.toString();
    }
}
