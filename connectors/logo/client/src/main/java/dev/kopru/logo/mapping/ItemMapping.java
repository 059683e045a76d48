package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.Item;
import dev.kopru.core.money.VatRate;
import java.util.ArrayList;
import java.util.List;

/**
 * Item ↔ Logo's material card ({@code items}, logo.md §6.1). Key = {@code INTERNAL_REFERENCE}; natural key =
 * {@code CODE}; unit and barcodes from the card's {@code UNITS} lines (read with {@code expandLevel=full}); VAT from
 * {@code VAT}; category from {@code GROUP_CODE}. Not on the card, so not mapped: sale prices ({@code
 * salesItemPrices}), stock on hand ({@code LV_<firm>_<period>_STINVTOT} through queries), brand
 * ({@code itemBrands}), expiry. A new card is a trade good ({@code CARD_TYPE} 1).
 */
public final class ItemMapping {

    public static final String RESOURCE = "items";

    private ItemMapping() {
    }

    public static Item toItem(ObjectNode card) {
        String unit = null;
        List<String> barcodes = new ArrayList<>();
        for (JsonNode line : card.path("UNITS").path("items")) {
            if (unit == null) {
                unit = LogoValues.text(line.get("UNIT_CODE"));
            }
            String barcode = LogoValues.text(line.get("BARCODE"));
            if (barcode != null) {
                barcodes.add(barcode);
            }
        }
        return new Item(card.path("INTERNAL_REFERENCE").asText(), LogoValues.text(card.get("CODE")),
                LogoValues.text(card.get("NAME")), null, unit, barcodes, LogoValues.decimal(card.get("VAT")), null,
                null, "TRY", null, null, LogoValues.text(card.get("GROUP_CODE")), false,
                card.path("RECORD_STATUS").asInt(0) == 0, LogoValues.changedAt(card));
    }

    /** The {@code items} record of {@code item} for a POST or PUT; checks code, name and VAT rate first. */
    public static ObjectNode toCard(String operation, Item item) {
        if (Boolean.TRUE.equals(item.service())) {
            throw Invalid.field(operation, "service", "services are Logo service cards (services), not items");
        }
        if (item.vatRate() != null && !VatRate.isValid(item.vatRate())) {
            throw Invalid.field(operation, "vatRate", "'" + item.vatRate().toPlainString()
                    + "' is not a Turkish KDV rate (0, 1, 8, 10, 18, 20)");
        }
        ObjectNode card = JsonNodeFactory.instance.objectNode();
        card.put("CARD_TYPE", 1);
        card.put("CODE", Invalid.requireText(operation, "code", item.code()));
        card.put("NAME", Invalid.requireText(operation, "name", item.name()));
        if (item.vatRate() != null) {
            card.put("VAT", item.vatRate());
        }
        if (item.category() != null) {
            card.put("GROUP_CODE", item.category());
        }
        if (item.unit() != null || !item.barcodes().isEmpty()) {
            ObjectNode unit = card.putObject("UNITS").putArray("items").addObject();
            unit.put("UNIT_CODE", item.unit() == null ? "ADET" : item.unit());
            if (item.firstBarcode() != null) {
                unit.put("BARCODE", item.firstBarcode());
            }
        }
        return card;
    }
}
