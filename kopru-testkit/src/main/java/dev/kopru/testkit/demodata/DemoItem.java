package dev.kopru.testkit.demodata;

import dev.kopru.core.model.Item;
import dev.kopru.core.money.Vat;
import dev.kopru.core.money.VatRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A demo stock item: a medicine or general goods, sold by the piece ({@code ADET}).
 *
 * @param code       {@code STK-000001}, …
 * @param barcode    a GTIN-13 with Türkiye's 869 prefix and a valid check digit, unique in its data set
 * @param vatRate    1, 10 or 20, at scale 0
 * @param price      the VAT-excluded sale price, at kuruş scale
 * @param expiryDate for medicines, after the data set's reference date; {@code null} for general goods
 */
public record DemoItem(int index, String code, Kind kind, String name, String category, String barcode, String unit,
                       BigDecimal vatRate, BigDecimal price, int onHand, LocalDate expiryDate) {

    public enum Kind { PHARMACY, GENERAL }

    /** The VAT-included sale price, at kuruş scale (what a marketplace listing shows). */
    public BigDecimal priceVatIncluded() {
        return Vat.included(price, VatRate.of(vatRate), Vat.AMOUNT_SCALE);
    }

    /** The canonical item, as a connector would be asked to create it (no vendor key, active, in TRY). */
    public Item toItem() {
        return Item.builder().code(code).name(name).unit(unit).barcodes(List.of(barcode)).vatRate(vatRate)
                .salePrice(price).salePriceVatIncluded(false).currency("TRY").onHand(BigDecimal.valueOf(onHand))
                .category(category).service(false).active(true).build();
    }
}
