package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * What Logo Objects checks before it saves (logo.md §5, §6): a card needs a code of its own; a slip's cari and its
 * item and service lines' cards must exist; an invoice resource takes only its own invoice types; a payment slip's
 * cari, on the header or a line, must exist, and a cash slip's kasa ({@code SD_CODE}). Unknown members are ignored,
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

    /**
     * The refusal of {@code record} as {@code resource} (record {@code id}, null when new), if any; {@code types} are
     * the header types the data object takes (empty: any).
     */
    static Optional<Refusal> check(String resource, ObjectNode record, Integer id, Set<Integer> types,
                                   Finder finder) {
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
        if (!types.isEmpty() && record.has("TYPE") && !types.contains(record.get("TYPE").asInt())) {
            return Optional.of(new Refusal("TYPE", "Fiş türü bu fiş için geçerli değil: "
                    + record.get("TYPE").asText()));
        }
        if (Resources.TRADE_SLIPS.contains(resource)) {
            return slip(record, finder);
        }
        if (Resources.SAFE_DEPOSIT_SLIPS.equals(resource)) {
            Optional<Refusal> box = known(record, "SD_CODE", Resources.SAFE_DEPOSITS, "Kasa kodu bulunamadı: ",
                    finder);
            if (box.isPresent()) {
                return box;
            }
        }
        if (Resources.PAYMENT_SLIPS.contains(resource)) {
            return payment(record, finder);
        }
        return Optional.empty();
    }

    /** A payment slip: every cari it names, on the header or a line, known. */
    private static Optional<Refusal> payment(ObjectNode record, Finder finder) {
        Optional<Refusal> header = knownArp(record, finder);
        if (header.isPresent()) {
            return header;
        }
        for (JsonNode line : record.path("TRANSACTIONS").path("items")) {
            Optional<Refusal> unknown = knownArp(line, finder);
            if (unknown.isPresent()) {
                return unknown;
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> knownArp(JsonNode record, Finder finder) {
        String arp = record.path("ARP_CODE").asText("").trim();
        return !arp.isEmpty() && finder.find(Resources.ARPS, "CODE", arp).isEmpty()
                ? Optional.of(Refusal.unknownArp(arp)) : Optional.empty();
    }

    private static Optional<Refusal> slip(ObjectNode record, Finder finder) {
        Optional<Refusal> arp = knownArp(record, finder);
        if (arp.isPresent()) {
            return arp;
        }
        for (JsonNode line : record.path("TRANSACTIONS").path("items")) {
            // TYPE 0 is an item line, 4 a service line; discounts and expenses name cards this sandbox does not keep.
            Optional<Refusal> unknown = switch (line.path("TYPE").asInt(0)) {
                case 0 -> known(line, "MASTER_CODE", Resources.ITEMS, "Malzeme kodu bulunamadı: ", finder);
                case 4 -> known(line, "MASTER_CODE", Resources.SERVICES, "Hizmet kartı bulunamadı: ", finder);
                default -> Optional.empty();
            };
            if (unknown.isPresent()) {
                return unknown;
            }
        }
        return Optional.empty();
    }

    /** Refused with {@code text} when {@code field} names a card of {@code cards} that is not there. */
    private static Optional<Refusal> known(JsonNode record, String field, String cards, String text, Finder finder) {
        String code = record.path(field).asText("").trim();
        return !code.isEmpty() && finder.find(cards, "CODE", code).isEmpty()
                ? Optional.of(new Refusal(field, text + code)) : Optional.empty();
    }
}
