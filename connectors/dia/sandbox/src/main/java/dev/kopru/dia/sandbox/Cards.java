package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The write side of every model (dia.md §5.2–5.5): {@code _ekle} with defaults, combos, required fields, links and
 * sub-model lines; {@code _guncelle} merging fields and lines ({@code m_silinecek_…} deletes); {@code _sil}; and
 * {@code _getir} with links resolved. Invoices get their totals from {@link InvoiceTotals}.
 */
final class Cards {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Who writes, for which firm and period: stamped into {@code _owner}, {@code _user}, {@code _level1/2}. */
    record Caller(String user, int firm, int period) {
    }

    /** What {@code _ekle} answers besides the code: the new key and the keys of the lines it created. */
    record Saved(long key, String msg, List<Long> lineKeys) {
    }

    private final Store store;
    private final Links links;
    private final Clock clock;

    Cards(Store store, Clock clock) {
        this.store = store;
        this.links = new Links(store);
        this.clock = clock;
    }

    Saved create(Model model, ObjectNode kart, Caller caller) {
        ObjectNode record = SandboxJson.object();
        long key = store.nextKey();
        record.put("_key", Values.key(key));
        record.put("_level1", caller.firm()).put("_level2", caller.period());
        model.combos().forEach((field, codes) -> record.put(field, codes.getFirst()));
        List<Long> lineKeys = new ArrayList<>();
        apply(model, kart, record, lineKeys);
        for (String field : model.required()) {
            if (Values.text(record.get(field)) == null) {
                throw DiaError.invalid(field + " alanı zorunludur.");
            }
        }
        if ("fisno".equals(model.codeField()) && model.lines() != null && Values.text(record.get("fisno")) == null) {
            // DİA numbers documents itself when no fisno is sent (dia.md §7.3); the key keeps it unique
            record.put("fisno", String.format("%08d", key));
        }
        finish(model, record, key);
        String stamp = now();
        record.put("_cdate", stamp).put("_date", stamp).put("_owner", caller.user()).put("_user", caller.user());
        store.put(model.name(), key, record);
        return new Saved(key, message(model, record, caller, "eklenmiştir."), lineKeys);
    }

    /** Creates {@code kart} in {@code model} unless a record's {@code field} already is {@code value}. */
    void ensure(String model, String field, String value, Caller caller, ObjectNode kart) {
        if (store.find(model, r -> value.equals(Values.text(r.get(field)))).isEmpty()) {
            create(Model.named(model), kart, caller);
        }
    }

    Saved update(Model model, ObjectNode kart, Caller caller) {
        Long key = Values.whole(kart.get("_key"));
        if (key == null) {
            throw DiaError.invalid("_key alanı zorunludur.");
        }
        ObjectNode existing = existing(model, key);
        ObjectNode record = existing.deepCopy();
        apply(model, kart, record, new ArrayList<>());
        finish(model, record, key);
        record.put("_date", now()).put("_user", caller.user());
        store.put(model.name(), key, record);
        return new Saved(key, message(model, record, caller, "güncellenmiştir."), List.of());
    }

    String delete(Model model, JsonNode keyNode, Caller caller) {
        long key = keyOf(model, keyNode);
        ObjectNode record = existing(model, key);
        String linkedBy = usedBy(Values.key(key), model.name());
        if (linkedBy != null) {
            throw DiaError.invalid("Kayıt başka kayıtlarda kullanıldığı için silinemez (" + linkedBy + ")");
        }
        store.remove(model.name(), key);
        return message(model, record, caller, "silinmiştir.");
    }

    ObjectNode get(Model model, JsonNode keyNode) {
        return shown(existing(model, keyOf(model, keyNode)));
    }

    /** A record as {@code _getir} returns it: links as objects, in the lines too. */
    private ObjectNode shown(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            String name = field.getKey();
            if (Model.isLink(name) && field.getValue().isTextual()) {
                copy.set(name, links.expand(linkTarget(name, record), field.getValue().asText()));
            } else if (field.getValue().isArray()) {
                ArrayNode lines = copy.putArray(name);
                field.getValue().forEach(line -> lines.add(line.isObject() ? shown((ObjectNode) line) : line));
            }
        }
        return copy;
    }

    private long keyOf(Model model, JsonNode keyNode) {
        Long key = Values.whole(keyNode);
        if (key == null) {
            throw DiaError.notFound(model.name(), "{'_key': " + Values.text(keyNode) + "}");
        }
        return key;
    }

    private ObjectNode existing(Model model, long key) {
        ObjectNode record = store.get(model.name(), key);
        if (record == null) {
            throw DiaError.notFound(model.name(), "{'_key': " + key + "}");
        }
        return record;
    }

    /** Copies {@code kart}'s fields into {@code record}: scalars checked, links resolved, lines added or changed. */
    private void apply(Model model, ObjectNode kart, ObjectNode record, List<Long> newLineKeys) {
        for (Map.Entry<String, JsonNode> field : kart.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("_key") || name.startsWith("m_silinecek_")) {
                continue;
            }
            if (Model.isSubModel(name)) {
                lines(model, name, value, record, newLineKeys);
            } else {
                scalar(model, name, value, record);
            }
        }
        for (Map.Entry<String, JsonNode> field : kart.properties()) {
            if (field.getKey().startsWith("m_silinecek_")) {
                String lines = "m_" + field.getKey().substring("m_silinecek_".length());
                deleteLines(record, lines, field.getValue());
            }
        }
    }

    private void scalar(Model model, String name, JsonNode value, ObjectNode record) {
        if (Model.isLink(name)) {
            Long key = links.resolve(linkTarget(name, record), value);
            if (key == null) {
                record.remove(name);
            } else {
                record.put(name, Values.key(key));
            }
            return;
        }
        String text = Values.text(value);
        if (text != null && text.length() > Model.TEXT_LIMIT) {
            throw DiaError.tooLong(Model.TEXT_LIMIT);
        }
        List<String> codes = model == null ? null : model.combos().get(name);
        if (codes != null && text != null && !codes.contains(text)) {
            throw DiaError.combo(name, text);
        }
        if (codes != null && text == null) {
            return;
        }
        record.set(name, value.isContainerNode() ? value.deepCopy() : value);
    }

    /** {@code _key_kalemturu} on a line points at the stock or service card its {@code kalemturu} names. */
    private static String linkTarget(String field, ObjectNode record) {
        if (field.equals("_key_kalemturu")) {
            return "HZMT".equals(Values.text(record.get("kalemturu"))) ? "scf_hizmetkart" : "scf_stokkart";
        }
        return Model.linked(field);
    }

    private void lines(Model model, String name, JsonNode value, ObjectNode record, List<Long> newLineKeys) {
        ArrayNode lines = record.has(name) && record.get(name).isArray() ? (ArrayNode) record.get(name)
                : record.putArray(name);
        List<JsonNode> given = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(given::add);
        } else if (value.isObject()) {
            given.add(value);
        }
        for (JsonNode element : given) {
            if (!element.isObject()) {
                throw DiaError.invalid(name + " satırları nesne olmalıdır.");
            }
            ObjectNode sent = (ObjectNode) element;
            Long key = Values.whole(sent.get("_key"));
            ObjectNode line = key == null ? null : line(lines, key);
            if (key != null && line == null) {
                throw DiaError.notFound(name, "{'_key': " + key + "}");
            }
            if (line == null) {
                long newKey = store.nextKey();
                line = SandboxJson.object().put("_key", Values.key(newKey));
                if (sent.has("kalemturu")) {
                    line.set("kalemturu", sent.get("kalemturu"));
                }
                lines.add(line);
                if (model != null && name.equals(model.lines())) {
                    newLineKeys.add(newKey);
                }
            }
            apply(null, sent, line, new ArrayList<>());
        }
    }

    private static ObjectNode line(ArrayNode lines, long key) {
        for (JsonNode line : lines) {
            if (key == Values.whole(line.get("_key"))) {
                return (ObjectNode) line;
            }
        }
        return null;
    }

    private static void deleteLines(ObjectNode record, String name, JsonNode keys) {
        if (!keys.isArray() || !record.path(name).isArray()) {
            return;
        }
        ArrayNode lines = (ArrayNode) record.get(name);
        for (JsonNode keyNode : keys) {
            Long key = Values.whole(keyNode);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (key != null && key.equals(Values.whole(lines.get(i).get("_key")))) {
                    lines.remove(i);
                }
            }
        }
    }

    /** The checks and sums that need the whole record: lines present, code unique, invoice totals. */
    private void finish(Model model, ObjectNode record, long key) {
        if (model.lines() != null && (!record.path(model.lines()).isArray() || record.path(model.lines()).isEmpty())) {
            throw DiaError.invalid(DiaError.NO_LINES);
        }
        String codeField = model.codeField();
        String code = codeField == null ? null : Values.text(record.get(codeField));
        if (code != null && !store.find(model.name(), r -> code.equals(Values.text(r.get(codeField)))
                && key != Values.whole(r.get("_key"))).isEmpty()) {
            throw DiaError.invalid("Bu kod ile kayıt zaten var (" + codeField + " -> " + code + ")");
        }
        if (model.priced()) {
            InvoiceTotals.apply(record);
        }
    }

    /** The first model and record linking to {@code key}, e.g. {@code scf_fatura 88001}; null when none does. */
    private String usedBy(String key, String model) {
        for (Model each : Model.ALL) {
            for (ObjectNode record : store.all(each.name())) {
                if (links(record, key, model)) {
                    return each.name() + " " + Values.text(record.get("_key"));
                }
            }
        }
        return null;
    }

    private static boolean links(ObjectNode record, String key, String model) {
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            if (Model.isLink(field.getKey()) && key.equals(field.getValue().asText())
                    && linkTarget(field.getKey(), record).equals(model)) {
                return true;
            }
            if (field.getValue().isArray()) {
                for (JsonNode line : field.getValue()) {
                    if (line.isObject() && links((ObjectNode) line, key, model)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The seed's confirmation: {@code [ws] «2017-03-25» tarihli «Görev Notu» eklenmiştir.} */
    private static String message(Model model, ObjectNode record, Caller caller, String verb) {
        String tarih = Values.text(record.get("tarih"));
        String code = model.codeField() == null ? null : Values.text(record.get(model.codeField()));
        String what = tarih != null ? "«" + tarih + "» tarihli" : "«" + (code != null ? code
                : Values.text(record.get("_key"))) + "» kodlu";
        return "[" + caller.user() + "] " + what + " «" + model.title() + "» " + verb;
    }

    String now() {
        return LocalDateTime.now(clock.withZone(ISTANBUL)).format(STAMP);
    }
}
