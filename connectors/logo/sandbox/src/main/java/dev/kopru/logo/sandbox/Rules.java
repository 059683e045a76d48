package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * What Logo Objects checks before it saves (logo.md §5, §6): a card needs a code of its own; a slip's cari and its
 * item lines' codes must exist; an invoice resource takes only its own invoice types. Unknown members are ignored,
 * as the real service ignores them.
 */
final class Rules {

    /** Finds a record by a field's value, ignoring case. */
    @FunctionalInterface
    interface Finder {
        Optional<ObjectNode> find(String resource, String field, String value);
    }

    private Rules() {
    }

    /** The refusal of {@code record} as {@code resource} (record {@code id}, null when new), if any. */
    static Optional<Refusal> check(String resource, ObjectNode record, Integer id, Finder finder) {
        if (Resources.CARDS.contains(resource)) {
            String code = record.path("CODE").asText("").trim();
            if (code.isEmpty()) {
                return Optional.of(new Refusal("CODE", "Kod alanı boş bırakılamaz."));
            }
            Optional<ObjectNode> same = finder.find(resource, "CODE", code);
            if (same.isPresent() && (id == null || same.get().path("INTERNAL_REFERENCE").asInt() != id)) {
                return Optional.of(new Refusal("CODE", "Bu kod ile kayıtlı bir kart zaten var: " + code));
            }
        }
        if (Resources.TRADE_SLIPS.contains(resource)) {
            return slip(resource, record, finder);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> slip(String resource, ObjectNode record, Finder finder) {
        Set<Integer> types = resource.equals(Resources.SALES_INVOICES) ? Resources.SALES_INVOICE_TYPES
                : resource.equals(Resources.PURCHASE_INVOICES) ? Resources.PURCHASE_INVOICE_TYPES : null;
        if (types != null && record.has("TYPE") && !types.contains(record.get("TYPE").asInt())) {
            return Optional.of(new Refusal("TYPE", "Fiş türü bu fiş için geçerli değil: "
                    + record.get("TYPE").asText()));
        }
        String arp = record.path("ARP_CODE").asText("").trim();
        if (!arp.isEmpty() && finder.find(Resources.ARPS, "CODE", arp).isEmpty()) {
            return Optional.of(Refusal.unknownArp(arp));
        }
        for (JsonNode line : record.path("TRANSACTIONS").path("items")) {
            // TYPE 0 is an item line; services, discounts and expenses name cards this sandbox does not keep.
            String code = line.path("MASTER_CODE").asText("").trim();
            if (line.path("TYPE").asInt(0) == 0 && !code.isEmpty()
                    && finder.find(Resources.ITEMS, "CODE", code).isEmpty()) {
                return Optional.of(new Refusal("MASTER_CODE", "Malzeme kodu bulunamadı: " + code));
            }
        }
        return Optional.empty();
    }
}
