package dev.kopru.mikro.mapping;

import dev.kopru.core.model.Item;
import dev.kopru.core.money.VatRate;
import dev.kopru.mikro.client.MikroDates;
import dev.kopru.mikro.client.StokBarkod;
import dev.kopru.mikro.client.StokKaydi;
import dev.kopru.mikro.client.StokSatisFiyati;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Item ↔ stock card. {@code code} is {@code sto_kod} (also the key), the unit {@code sto_birim1_ad}, the VAT rate
 * {@code sto_perakende_vergi} (and {@code sto_toptan_vergi}), barcodes {@code barkodlar[]} (the first is the master),
 * the sale price the first entry of {@code satis_fiyatlari} (price list 1, warehouse 0 = all, TL). Not mapped:
 * whether that price includes VAT (a setting of the price list, not of the card), brand, category,
 * active, expiry. The quantity on hand is read from the stock movements ({@link #withFigures}).
 */
public final class ItemMapping {

    private static final int PRICE_LIST = 1;
    private static final int ALL_WAREHOUSES = 0;
    private static final int CASH = 0;
    private static final int STANDARD_BARCODE = 0;

    private ItemMapping() {
    }

    public static StokKaydi toStok(String operation, Item item) {
        Invalid.requireText(operation, "code", item.code());
        Invalid.requireText(operation, "name", item.name());
        Integer vat = null;
        if (item.vatRate() != null) {
            if (!VatRate.isValid(item.vatRate())) {
                throw Invalid.field(operation, "vatRate", "'" + item.vatRate().toPlainString()
                        + "' is not a Turkish KDV rate (0, 1, 8, 10, 18, 20)");
            }
            vat = VatRate.of(item.vatRate()).percent();
        }
        int currency = Currencies.toMikro(operation, "currency", item.currency());
        List<StokBarkod> barcodes = new ArrayList<>();
        for (int i = 0; i < item.barcodes().size(); i++) {
            String barcode = Invalid.requireText(operation, "barcodes[" + i + "]", item.barcodes().get(i));
            barcodes.add(new StokBarkod(barcode, STANDARD_BARCODE, MikroCodes.BIRIM_1, i == 0 ? 1 : 0));
        }
        List<StokSatisFiyati> prices = null;
        if (item.salePrice() != null) {
            if (item.salePrice().signum() < 0) {
                throw Invalid.field(operation, "salePrice", "must not be negative, was " + item.salePrice());
            }
            prices = List.of(new StokSatisFiyati(PRICE_LIST, ALL_WAREHOUSES, CASH, MikroCodes.BIRIM_1, currency,
                    item.salePrice()));
        }
        return new StokKaydi(null, item.code(), item.name(), PartyMapping.blankToNull(item.shortName()), null,
                currency, PartyMapping.blankToNull(item.unit()), vat, vat, null,
                barcodes.isEmpty() ? null : barcodes, prices);
    }

    /** The item with what the card list leaves out: quantity on hand, barcodes, sale price (trailing zeros off). */
    public static Item withFigures(Item i, BigDecimal onHand, List<String> barcodes, BigDecimal salePrice) {
        return new Item(i.key(), i.code(), i.name(), i.shortName(), i.unit(), barcodes, i.vatRate(),
                plain(salePrice), i.salePriceVatIncluded(), i.currency(), plain(onHand), i.brand(), i.category(),
                i.service(), i.active(), i.expiryDate(), i.changedAt());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static Item toItem(StokKaydi stok) {
        List<String> barcodes = stok.barkodlar() == null ? List.of()
                : stok.barkodlar().stream().map(StokBarkod::bar_kodu).filter(b -> b != null && !b.isBlank()).toList();
        BigDecimal price = null;
        if (stok.satis_fiyatlari() != null && !stok.satis_fiyatlari().isEmpty()) {
            price = stok.satis_fiyatlari().stream()
                    .filter(p -> p.sfiyat_listesirano() == null || p.sfiyat_listesirano() == PRICE_LIST)
                    .map(StokSatisFiyati::sfiyat_fiyati).findFirst().orElse(null);
        }
        BigDecimal vat = stok.sto_perakende_vergi() == null ? null : BigDecimal.valueOf(stok.sto_perakende_vergi());
        return new Item(stok.sto_kod(), stok.sto_kod(), stok.sto_isim(), PartyMapping.blankToNull(stok.sto_kisa_ismi()),
                PartyMapping.blankToNull(stok.sto_birim1_ad()), barcodes, vat, price, null,
                Currencies.fromMikro(stok.sto_doviz_cinsi()), null, null, null, null, null,
                stok.sto_lastup_date() == null || stok.sto_lastup_date().isBlank() ? null
                        : MikroDates.parseInstant(stok.sto_lastup_date()));
    }
}
