package dev.kopru.farmaborsa.mapping;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.ExpiryKind;
import dev.kopru.core.model.Listing;
import dev.kopru.core.money.Vat;
import dev.kopru.core.money.VatRate;
import dev.kopru.farmaborsa.client.FarmaBorsaDates;
import dev.kopru.farmaborsa.client.IlanInput;
import dev.kopru.farmaborsa.client.IlanlarimSatiri;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Listing ↔ FarmaBorsa listing ({@code ilanInput} out, an IlanlarimListesi row back). {@code price} is
 * {@code tutar}, VAT included; {@code vatRate} is {@code kdv}; {@code retailPrice} is {@code psf}; the expiry is a
 * date ({@code miadTip} 1 with {@code miad}) or only "under / over 12 months" ({@code miadTip} 2 / 3).
 *
 * <p>What a read cannot give back: the vendor's list returns neither the ERP code ({@code urunErp}) nor the VAT rate,
 * and the expiry only to the month (read as the month's last day, when a pharmacy product expires). Not mapped at
 * all: {@code borsadaGoster}, {@code maxAdetGorunsun}, {@code resimUrl}, {@code kategoriAd}, {@code markaAd},
 * {@code maliyet}, {@code oneCikan} (the canonical Listing has no such fields).
 */
public final class ListingMapping {

    /** IlanKaydet's fields and the canonical fields they carry, so a vendor refusal can name the caller's field. */
    private static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("urunErp", "itemCode"),
            Map.entry("urunAd", "name"), Map.entry("barkod", "barcode"), Map.entry("adet", "quantity"),
            Map.entry("maxAdet", "maxPerOrder"), Map.entry("miad", "expiryDate"), Map.entry("miadTip", "expiryKind"),
            Map.entry("tutar", "price"), Map.entry("aktif", "active"), Map.entry("kdv", "vatRate"),
            Map.entry("psf", "retailPrice"), Map.entry("ilan", "key"));

    private ListingMapping() {
    }

    /**
     * The IlanKaydet body for {@code listing}: {@code ilan} 0 to insert, a listing code to update.
     *
     * @throws ConnectorException.Validation naming the canonical field when the listing cannot be sent as it is
     */
    public static IlanInput toIlan(String operation, int ilan, Listing listing) {
        String name = requireText(operation, "name", listing.name());
        String barcode = requireText(operation, "barcode", listing.barcode());
        if (listing.quantity() < 0) {
            throw Invalid.field(operation, "quantity", listing.quantity() + " is negative");
        }
        if (listing.maxPerOrder() != null && listing.maxPerOrder() < 1) {
            throw Invalid.field(operation, "maxPerOrder", listing.maxPerOrder() + " must be at least 1 (or empty)");
        }
        BigDecimal price = amount(operation, "price", listing.price(), true);
        BigDecimal retail = listing.retailPrice() == null ? null
                : amount(operation, "retailPrice", listing.retailPrice(), false);
        if (listing.vatRate() != null && !VatRate.isValid(listing.vatRate())) {
            throw Invalid.field(operation, "vatRate", listing.vatRate().toPlainString()
                    + " is not a Turkish KDV rate (0, 1, 8, 10, 18, 20)");
        }
        ExpiryKind kind = expiryKind(operation, listing);
        if (kind == ExpiryKind.DATED && listing.expiryDate() == null) {
            throw Invalid.field(operation, "expiryDate", "required when expiryKind is DATED (miadTip 1)");
        }
        if (kind != ExpiryKind.DATED && listing.expiryDate() != null) {
            throw Invalid.field(operation, "expiryDate", "must be empty when expiryKind is " + kind
                    + " (FarmaBorsa keeps a date only for miadTip 1)");
        }
        return IlanInput.builder().ilan(ilan).urunErp(blankToNull(listing.itemCode())).urunAd(name).barkod(barcode)
                .adet(listing.quantity()).maxAdet(listing.maxPerOrder())
                .miad(listing.expiryDate() == null ? null : FarmaBorsaDates.miadInput(listing.expiryDate()))
                .miadTip(miadTip(kind)).tutar(price).aktif(listing.active() ? 1 : 0)
                .kdv(listing.vatRate() == null ? null : VatRate.of(listing.vatRate()).asBigDecimal())
                .psf(retail).build();
    }

    /** A listing read back from IlanlarimListesi; {@code active} says which list ({@code pasif} 0 or 1) it came from. */
    public static Listing fromRow(IlanlarimSatiri row, boolean active) {
        ExpiryKind kind = row.miadTip() == null ? null : switch (row.miadTip()) {
            case 1 -> ExpiryKind.DATED;
            case 2 -> ExpiryKind.UNDER_12_MONTHS;
            case 3 -> ExpiryKind.OVER_12_MONTHS;
            default -> null;
        };
        LocalDate expiry = kind != ExpiryKind.DATED ? null
                : FarmaBorsaDates.miad(row.miad()).or(() -> FarmaBorsaDates.miad(row.miadText()))
                        .map(java.time.YearMonth::atEndOfMonth).orElse(null);
        Integer maxPerOrder = row.maxAdet() == null || row.maxAdet() < 1 ? null : row.maxAdet();
        return new Listing(Integer.toString(row.kod()), null, blankToNull(row.barkod()), row.urunAd(),
                row.adet() == null ? 0 : row.adet(), maxPerOrder,
                row.tutar() == null ? null : Vat.kurus(row.tutar()), null,
                row.psf() == null ? null : Vat.kurus(row.psf()), expiry, kind, active, null, null);
    }

    /** A listing still waiting for FarmaBorsa to approve a product card: only the request is known. */
    public static Listing pending(String key, int urunTalep) {
        return new Listing(key, null, null, null, 0, null, null, null, null, null, null, false,
                Integer.toString(urunTalep), null);
    }

    /** The canonical field an IlanKaydet field carries ({@code tutar} → {@code price}); unknown names stay. */
    public static String canonicalField(String vendorField) {
        return vendorField == null ? null : CANONICAL.getOrDefault(vendorField, vendorField);
    }

    private static ExpiryKind expiryKind(String operation, Listing listing) {
        if (listing.expiryKind() != null) {
            return listing.expiryKind();
        }
        if (listing.expiryDate() != null) {
            return ExpiryKind.DATED;
        }
        throw Invalid.field(operation, "expiryKind", "required: DATED with expiryDate, UNDER_12_MONTHS or"
                + " OVER_12_MONTHS (FarmaBorsa's miadTip)");
    }

    private static int miadTip(ExpiryKind kind) {
        return switch (kind) {
            case DATED -> 1;
            case UNDER_12_MONTHS -> 2;
            case OVER_12_MONTHS -> 3;
        };
    }

    private static BigDecimal amount(String operation, String field, BigDecimal value, boolean required) {
        if (value == null) {
            throw Invalid.field(operation, field, "required (TL, VAT included)");
        }
        if (required ? value.signum() <= 0 : value.signum() < 0) {
            throw Invalid.field(operation, field, value.toPlainString() + (required ? " must be greater than 0"
                    : " must not be negative"));
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > Vat.AMOUNT_SCALE) {
            throw Invalid.field(operation, field, value.toPlainString() + " has more than two decimals (kuruş)");
        }
        return value.setScale(Vat.AMOUNT_SCALE, Vat.ROUNDING);
    }

    private static String requireText(String operation, String field, String value) {
        if (value == null || value.isBlank()) {
            throw Invalid.field(operation, field, "required");
        }
        return value.trim();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
