package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sandbox's records: per data object, records keyed by {@code INTERNAL_REFERENCE} in insertion order. Every
 * method hands out copies, so callers can shape answers freely; one monitor guards it all.
 */
final class Store {

    /** Logo's server runs on Turkish local time; its DATE_MODIFIED has no zone (logo.md §6.7). */
    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'00:00:00");

    private static final class Table {
        final TreeMap<Integer, ObjectNode> rows = new TreeMap<>();
        /** The next reference, shared by the data objects of one Logo table (see {@link Resources#table}). */
        final int[] next;

        Table(int[] next) {
            this.next = next;
        }
    }

    private final Clock clock;
    private final Map<String, Set<Integer>> slipTypes;
    private final Map<String, Table> tables = new HashMap<>();
    private int nextLine = 1;

    /** @param slipTypes the header types each data object takes ({@link LogoSandboxOptions#slipTypes}) */
    Store(Clock clock, Map<String, Set<Integer>> slipTypes) {
        this.clock = clock;
        this.slipTypes = slipTypes;
        clear();
    }

    synchronized void clear() {
        tables.clear();
        Map<String, int[]> sequences = new HashMap<>();
        Resources.ALL.forEach(r -> tables.put(r, new Table(sequences.computeIfAbsent(Resources.table(r),
                t -> new int[] {1}))));
        nextLine = 1;
    }

    /** The next record of {@code resource} gets this reference (the golden set starts salesOrders at 41051). */
    synchronized void startReferencesAt(String resource, int next) {
        tables.get(resource).next[0] = next;
    }

    synchronized List<ObjectNode> list(String resource) {
        return tables.get(resource).rows.values().stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized Optional<ObjectNode> get(String resource, int id) {
        return Optional.ofNullable(tables.get(resource).rows.get(id)).map(ObjectNode::deepCopy);
    }

    /** The record of {@code resource} whose {@code field} equals {@code value}, ignoring case. */
    synchronized Optional<ObjectNode> findBy(String resource, String field, String value) {
        return tables.get(resource).rows.values().stream()
                .filter(r -> r.path(field).asText("").equalsIgnoreCase(value)).findFirst().map(ObjectNode::deepCopy);
    }

    /**
     * Saves a new record: {@code body} normalised, checked and given its reference; the answer is what Logo echoes
     * (the body as sent, normalised, with the reference and computed totals; no {@code Meta}).
     */
    synchronized ObjectNode create(String resource, ObjectNode body) throws RefusedException {
        ObjectNode record = prepare(resource, body, null);
        Table table = tables.get(resource);
        int id = table.next[0]++;
        record.put("INTERNAL_REFERENCE", id);
        store(table, record);
        return echo(record, body);
    }

    /** Replaces record {@code id}; empty when there is none. */
    synchronized Optional<ObjectNode> replace(String resource, int id, ObjectNode body) throws RefusedException {
        Table table = tables.get(resource);
        if (!table.rows.containsKey(id)) {
            return Optional.empty();
        }
        ObjectNode record = prepare(resource, body, id);
        record.put("INTERNAL_REFERENCE", id);
        store(table, record);
        return Optional.of(echo(record, body));
    }

    /** Changes the fields {@code body} sends; the answer echoes only those (seed 002's PATCH). */
    synchronized Optional<ObjectNode> patch(String resource, int id, ObjectNode body) throws RefusedException {
        Table table = tables.get(resource);
        ObjectNode current = table.rows.get(id);
        if (current == null) {
            return Optional.empty();
        }
        ObjectNode merged = current.deepCopy();
        body.properties().forEach(e -> merged.set(e.getKey(), e.getValue().deepCopy()));
        ObjectNode record = prepare(resource, merged, id);
        record.put("INTERNAL_REFERENCE", id);
        store(table, record);
        ObjectNode echo = (ObjectNode) Wire.normalise(body.deepCopy());
        echo.put("INTERNAL_REFERENCE", id);
        return Optional.of(echo);
    }

    synchronized boolean delete(String resource, int id) {
        return tables.get(resource).rows.remove(id) != null;
    }

    /** Puts a record in as the demo data has it, skipping the checks (references assigned in order). */
    synchronized int insert(String resource, ObjectNode record) {
        Table table = tables.get(resource);
        int id = table.next[0]++;
        ObjectNode copy = (ObjectNode) Wire.normalise(record.deepCopy());
        lines(copy);
        totals(resource, copy);
        copy.put("INTERNAL_REFERENCE", id);
        store(table, copy);
        return id;
    }

    synchronized ObjectNode counts() {
        ObjectNode counts = Wire.object();
        tables.forEach((name, table) -> counts.put(name, table.rows.size()));
        return counts;
    }

    private ObjectNode prepare(String resource, ObjectNode body, Integer id) throws RefusedException {
        ObjectNode record = (ObjectNode) Wire.normalise(body.deepCopy());
        record.remove("Meta");
        record.remove("DataObjectParameter");
        lines(record);
        Optional<Refusal> refusal = Rules.check(resource, record, id, slipTypes.getOrDefault(resource, Set.of()),
                this::findBy);
        if (refusal.isPresent()) {
            throw new RefusedException(refusal.get());
        }
        totals(resource, record);
        return record;
    }

    /** The totals Logo computes on save: a trade slip's amounts, a cari or bank slip's debit and credit. */
    static void totals(String resource, ObjectNode record) {
        if (Resources.TRADE_SLIPS.contains(resource)) {
            Totals.compute(record);
        } else if (Resources.PAYMENT_SLIPS.contains(resource) && record.has("TRANSACTIONS")) {
            Totals.debitAndCredit(record);
        }
    }

    /** Lines as Logo stores them: {@code {"items": [...]}} (a bare array or single object is accepted). */
    private static void lines(ObjectNode record) {
        for (String collection : List.of("TRANSACTIONS", "UNITS", "DISPATCHES", "PAYMENT_LIST")) {
            JsonNode value = record.get(collection);
            if (value == null || value.isNull()) {
                continue;
            }
            JsonNode items = value.isObject() && value.has("items") ? value.get("items") : value;
            ArrayNode array = Wire.array();
            if (items.isArray()) {
                items.forEach(array::add);
            } else if (items.isObject()) {
                array.add(items);
            }
            ObjectNode wrapped = Wire.object();
            wrapped.set("items", array);
            record.set(collection, wrapped);
        }
    }

    private void store(Table table, ObjectNode record) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ISTANBUL));
        record.put("RECORD_STATUS", record.path("RECORD_STATUS").asInt(0));
        record.put("DATE_MODIFIED", DATE.format(now));
        record.put("HOUR_MODIFIED", now.getHour());
        record.put("MIN_MODIFIED", now.getMinute());
        record.put("SEC_MODIFIED", now.getSecond());
        ObjectNode stored = record.deepCopy();
        for (JsonNode collection : stored) {
            if (collection.isObject() && collection.has("items")) {
                collection.get("items").forEach(line -> ((ObjectNode) line).put("INTERNAL_REFERENCE", nextLine++));
            }
        }
        table.rows.put(record.get("INTERNAL_REFERENCE").asInt(), stored);
    }

    /** What a POST or PUT answers: the body's own fields, with the reference, computed totals and line amounts. */
    private static ObjectNode echo(ObjectNode record, ObjectNode body) {
        ObjectNode echo = Wire.object();
        echo.set("INTERNAL_REFERENCE", record.get("INTERNAL_REFERENCE"));
        record.properties().forEach(e -> {
            if (body.has(e.getKey()) || e.getKey().startsWith("TOTAL_")) {
                echo.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        for (JsonNode collection : echo) {
            if (collection.isObject() && collection.has("items")) {
                collection.get("items").forEach(line -> ((ObjectNode) line).putNull("INTERNAL_REFERENCE"));
            }
        }
        return echo;
    }

    /** Thrown when Logo Objects would refuse to save a record. */
    static final class RefusedException extends Exception {
        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.message(), null, false, false);
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }
}
