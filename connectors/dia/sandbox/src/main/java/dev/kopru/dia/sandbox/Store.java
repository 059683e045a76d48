package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The records of one firm and period, per model, in key order. One {@code _key} sequence for every model and line,
 * as DİA's keys are unique across the database. Callers hold the store's monitor for a whole service call.
 */
final class Store {

    private final Map<String, TreeMap<Long, ObjectNode>> tables = new LinkedHashMap<>();
    private long lastKey;

    Store() {
        Model.ALL.forEach(m -> tables.put(m.name(), new TreeMap<>()));
    }

    long nextKey() {
        return ++lastKey;
    }

    /** Keys issued from now on are above {@code key} (the golden set's keys are fixed). */
    void keysAbove(long key) {
        lastKey = Math.max(lastKey, key);
    }

    /**
     * Issues the next keys from {@code key} on, even below keys already held: the golden set seeds invoice 88001
     * and then goes on with the cari keys dia.md's examples show (1203, ...).
     */
    void resumeKeysAt(long key) {
        lastKey = key;
    }

    void put(String model, long key, ObjectNode record) {
        tables.get(model).put(key, record);
        keysAbove(key);
    }

    ObjectNode get(String model, long key) {
        return tables.get(model).get(key);
    }

    ObjectNode remove(String model, long key) {
        return tables.get(model).remove(key);
    }

    List<ObjectNode> all(String model) {
        return new ArrayList<>(tables.get(model).values());
    }

    List<ObjectNode> find(String model, Predicate<ObjectNode> matches) {
        return tables.get(model).values().stream().filter(matches).toList();
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((model, rows) -> counts.put(model, rows.size()));
        return counts;
    }

    void clear() {
        tables.values().forEach(Map::clear);
        lastKey = 0;
    }
}
