package dev.kopru.sync.mapping;

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
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * A stock item (Mikro) → a marketplace listing (FarmaBorsa): the barcode ({@code barcodes}: item code → barcode, else
 * the item's first barcode), the quantity on hand (whole units, never below 0), the VAT-included price (the item's
 * sale price, plus VAT unless {@code priceIncludesVat} or the item says it includes it), the expiry (the item's date,
 * else {@code defaultExpiryKind}). An item with nothing on hand is listed passive. {@code overrides} sets price,
 * quantity, maxPerOrder, expiryDate, expiryKind or active per item code. The listing's natural key is the barcode.
 */
public final class ItemToListing implements RecordMapping<Item, Listing> {

    /** The mapping's options as Jackson reads them; every value checked here. */
    public record Options(Map<String, String> barcodes, Boolean priceIncludesVat, ExpiryKind defaultExpiryKind,
                          Integer maxPerOrder, Map<String, ListingOverride> overrides)
            implements MappingOptions {

        public Options {
            barcodes = PipelineOptions.texts("barcodes", barcodes);
            priceIncludesVat = Boolean.TRUE.equals(priceIncludesVat);
            if (defaultExpiryKind == ExpiryKind.DATED) {
                throw PipelineOptions.invalid("defaultExpiryKind", "DATED needs a date per item; use UNDER_12_MONTHS"
                        + " or OVER_12_MONTHS, or overrides.<code>.expiryDate");
            }
            if (maxPerOrder != null && maxPerOrder < 1) {
                throw PipelineOptions.invalid("maxPerOrder", "must be a whole number of at least 1, was "
                        + maxPerOrder);
            }
            Map<String, ListingOverride> checked = new LinkedHashMap<>();
            (overrides == null ? Map.<String, ListingOverride>of() : overrides).forEach((code, override) -> checked
                    .put(code.strip(), Objects.requireNonNullElse(override, ListingOverride.NONE).checked(code)));
            overrides = Map.copyOf(checked);
        }

        @Override
        public ItemToListing mapping() {
            return new ItemToListing(this);
        }
    }

    /** What an item's listing may be given instead of what the item says; unset fields are not overridden. */
    public record ListingOverride(BigDecimal price, Integer quantity, Integer maxPerOrder, LocalDate expiryDate,
                           ExpiryKind expiryKind, Boolean active) {

        static final ListingOverride NONE = new ListingOverride(null, null, null, null, null, null);

        ListingOverride checked(String code) {
            String at = "overrides." + code + ".";
            if (quantity != null && quantity < 0) {
                throw PipelineOptions.invalid(at + "quantity", "must be a whole number of at least 0, was " + quantity);
            }
            if (maxPerOrder != null && maxPerOrder < 0) {
                throw PipelineOptions.invalid(at + "maxPerOrder", "must be a whole number of at least 0, was "
                        + maxPerOrder);
            }
            return price == null ? this : new ListingOverride(price.setScale(Vat.AMOUNT_SCALE, Vat.ROUNDING),
                    quantity, maxPerOrder, expiryDate, expiryKind, active);
        }

        Listing applyTo(Listing listing) {
            // an expiry date makes the kind DATED; any other kind has no date
            ExpiryKind kind = expiryDate != null ? ExpiryKind.DATED : Objects.requireNonNullElse(expiryKind,
                    listing.expiryKind());
            LocalDate expiry = kind != ExpiryKind.DATED ? null
                    : Objects.requireNonNullElse(expiryDate, listing.expiryDate());
            Listing.Builder changed = listing.toBuilder().expiryDate(expiry).expiryKind(kind);
            if (price != null) {
                changed.price(price);
            }
            if (quantity != null) {
                changed.quantity(quantity);
            }
            if (maxPerOrder != null) {
                changed.maxPerOrder(maxPerOrder);
            }
            if (active != null) {
                changed.active(active);
            }
            return changed.build();
        }
    }

    private final Map<String, String> barcodes;
    private final boolean priceIncludesVat;
    private final ExpiryKind defaultExpiryKind;
    private final Integer maxPerOrder;
    private final Map<String, ListingOverride> overrides;

    ItemToListing(Options options) {
        this.barcodes = options.barcodes();
        this.priceIncludesVat = options.priceIncludesVat();
        this.defaultExpiryKind = options.defaultExpiryKind();
        this.maxPerOrder = options.maxPerOrder();
        this.overrides = options.overrides();
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
        ListingOverride override = overrides.get(item.code());
        listing = override == null ? listing : override.applyTo(listing);
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
}
