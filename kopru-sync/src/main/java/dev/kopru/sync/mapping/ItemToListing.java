package dev.kopru.sync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.ExpiryKind;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.Listing;
import dev.kopru.core.money.Vat;
import dev.kopru.core.money.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A stock item (Mikro) → a marketplace listing (FarmaBorsa): the barcode ({@code barcodes}: item code → barcode, else
 * the item's first barcode), the quantity on hand (whole units, never below 0), the VAT-included price (the item's
 * sale price, plus VAT unless {@code priceIncludesVat} or the item says it includes it), the expiry (the item's date,
 * else {@code defaultExpiryKind}). An item with nothing on hand is listed passive. {@code overrides} sets price,
 * quantity, maxPerOrder, expiryDate, expiryKind or active per item code. The listing's natural key is the barcode.
 */
public final class ItemToListing implements RecordMapping<Item, Listing> {

    static final Set<String> OPTIONS = Set.of("barcodes", "priceIncludesVat", "defaultExpiryKind", "maxPerOrder",
            "overrides");
    private static final Set<String> OVERRIDABLE = Set.of("price", "quantity", "maxPerOrder", "expiryDate",
            "expiryKind", "active");

    private final Map<String, String> barcodes;
    private final boolean priceIncludesVat;
    private final ExpiryKind defaultExpiryKind;
    private final Integer maxPerOrder;
    private final Map<String, ObjectNode> overrides;

    ItemToListing(PipelineOptions options) {
        options.refuseOthers(OPTIONS);
        this.barcodes = options.textMap("barcodes");
        this.priceIncludesVat = options.bool("priceIncludesVat", false);
        this.defaultExpiryKind = options.enumValue("defaultExpiryKind", ExpiryKind.class).orElse(null);
        if (defaultExpiryKind == ExpiryKind.DATED) {
            throw PipelineOptions.invalid("defaultExpiryKind", "DATED needs a date per item; use UNDER_12_MONTHS or"
                    + " OVER_12_MONTHS, or overrides.<code>.expiryDate");
        }
        this.maxPerOrder = options.positiveInt("maxPerOrder").orElse(null);
        this.overrides = options.objectMap("overrides");
        overrides.forEach((code, fields) -> {
            for (String field : (Iterable<String>) fields::fieldNames) {
                if (!OVERRIDABLE.contains(field)) {
                    throw PipelineOptions.invalid("overrides." + code + "." + field, "cannot be overridden; allowed: "
                            + String.join(", ", new java.util.TreeSet<>(OVERRIDABLE)));
                }
            }
            // read every override once now, so that a bad one is refused when the pipeline is defined
            apply(code, fields, Listing.builder().itemCode(code).barcode("0").name("x").price(BigDecimal.ONE)
                    .expiryKind(ExpiryKind.OVER_12_MONTHS).active(true).build());
        });
    }

    @Override
    public Entity<Item> source() {
        return Entity.ITEM;
    }

    @Override
    public Entity<Listing> target() {
        return Entity.LISTING;
    }

    @Override
    public Listing map(Item item, MappingContext context) {
        String barcode = barcodes.getOrDefault(item.code(), item.firstBarcode());
        if (barcode == null || barcode.isBlank()) {
            throw new MappingException("barcodes", "item " + item.code() + " has no barcode; give the card one or map"
                    + " it in options.barcodes");
        }
        if (item.salePrice() == null || item.salePrice().signum() <= 0) {
            throw new MappingException("salePrice", "item " + item.code() + " has no sale price to list it at");
        }
        BigDecimal price = priceIncludesVat || Boolean.TRUE.equals(item.salePriceVatIncluded())
                ? item.salePrice().setScale(Vat.AMOUNT_SCALE, Vat.ROUNDING)
                : Vat.included(item.salePrice(), vatRate(item), Vat.AMOUNT_SCALE);
        int quantity = item.onHand() == null || item.onHand().signum() <= 0 ? 0
                : item.onHand().setScale(0, RoundingMode.DOWN).intValueExact();
        LocalDate expiry = item.expiryDate();
        ExpiryKind kind = expiry != null ? ExpiryKind.DATED : defaultExpiryKind;
        Listing listing = Listing.builder().itemCode(item.code()).barcode(barcode.trim()).name(item.name())
                .quantity(quantity).maxPerOrder(maxPerOrder).price(price).vatRate(item.vatRate()).expiryDate(expiry)
                .expiryKind(kind).active(quantity > 0 && !Boolean.FALSE.equals(item.active())).build();
        ObjectNode override = overrides.get(item.code());
        listing = override == null ? listing : apply(item.code(), override, listing);
        if (listing.expiryKind() == null) {
            throw new MappingException("expiryDate", "item " + item.code() + " has no expiry date; set"
                    + " options.defaultExpiryKind or overrides." + item.code() + ".expiryDate");
        }
        return listing;
    }

    private static VatRate vatRate(Item item) {
        if (item.vatRate() == null || !VatRate.isValid(item.vatRate())) {
            throw new MappingException("vatRate", "item " + item.code() + " has no valid VAT rate to add to its"
                    + " price; set options.priceIncludesVat if its price includes VAT");
        }
        return VatRate.of(item.vatRate());
    }

    private static Listing apply(String code, ObjectNode fields, Listing l) {
        String at = "overrides." + code + ".";
        BigDecimal price = l.price();
        int quantity = l.quantity();
        Integer max = l.maxPerOrder();
        LocalDate expiry = l.expiryDate();
        ExpiryKind kind = l.expiryKind();
        boolean active = l.active();
        for (Map.Entry<String, JsonNode> e : fields.properties()) {
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "price" -> price = PipelineOptions.decimal(at + "price", v).setScale(Vat.AMOUNT_SCALE, Vat.ROUNDING);
                case "quantity" -> quantity = wholeNumber(at + "quantity", v);
                case "maxPerOrder" -> max = wholeNumber(at + "maxPerOrder", v);
                case "expiryDate" -> {
                    expiry = PipelineOptions.date(at + "expiryDate", v);
                    kind = ExpiryKind.DATED;
                }
                case "expiryKind" -> kind = kind(at + "expiryKind", v);
                case "active" -> active = v.asBoolean();
                default -> throw PipelineOptions.invalid(at + e.getKey(), "cannot be overridden");
            }
        }
        if (kind != ExpiryKind.DATED) {
            expiry = null;
        }
        return l.toBuilder().quantity(quantity).maxPerOrder(max).price(price).expiryDate(expiry).expiryKind(kind)
                .active(active).build();
    }

    private static int wholeNumber(String path, JsonNode v) {
        if (!v.canConvertToExactIntegral() || v.asInt() < 0) {
            throw PipelineOptions.invalid(path, "must be a whole number of at least 0, was " + v);
        }
        return v.asInt();
    }

    private static ExpiryKind kind(String path, JsonNode v) {
        try {
            return ExpiryKind.valueOf(v.asText());
        } catch (IllegalArgumentException e) {
            throw PipelineOptions.invalid(path, "must be DATED, UNDER_12_MONTHS or OVER_12_MONTHS, was " + v);
        }
    }
}
