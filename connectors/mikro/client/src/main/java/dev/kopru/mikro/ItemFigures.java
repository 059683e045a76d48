package dev.kopru.mikro;

import dev.kopru.core.model.Item;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.mapping.ItemMapping;
import dev.kopru.mikro.mapping.MikroSql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What StokListesiV2 leaves out of a page of cards, read with SqlVeriOkuV2 per page: the quantity on hand (incoming
 * less outgoing stock movements, {@code sth_tip} 0 and 1, of {@code STOK_HAREKETLERI}), and, where the list gave
 * none, the barcodes ({@code BARKOD_TANIMLARI}, the master first) and the sale price (price list 1).
 */
final class ItemFigures {

    private final MikroClient client;

    ItemFigures(MikroClient client) {
        this.client = client;
    }

    List<Item> complete(List<Item> items) {
        if (items.isEmpty()) {
            return items;
        }
        String codes = items.stream().map(i -> MikroSql.text("code", i.code())).collect(Collectors.joining(", "));
        Map<String, BigDecimal> onHand = new HashMap<>();
        client.sqlVeriOkuV2("SELECT sth_stok_kod, SUM(CASE WHEN sth_tip = 0 THEN sth_miktar WHEN sth_tip = 1"
                        + " THEN -sth_miktar ELSE 0 END) AS eldeki FROM STOK_HAREKETLERI WHERE sth_iptal = 0"
                        + " AND sth_stok_kod IN (" + codes + ") GROUP BY sth_stok_kod")
                .forEach(row -> onHand.put(row.text("sth_stok_kod"), row.decimal("eldeki")));
        Map<String, List<String>> barcodes = new HashMap<>();
        if (items.stream().anyMatch(i -> i.barcodes().isEmpty())) {
            client.sqlVeriOkuV2("SELECT bar_stokkodu, bar_kodu FROM BARKOD_TANIMLARI WHERE bar_iptal = 0"
                            + " AND bar_stokkodu IN (" + codes + ") ORDER BY bar_stokkodu, bar_master DESC, bar_kodu")
                    .forEach(row -> barcodes.computeIfAbsent(row.text("bar_stokkodu"), k -> new ArrayList<>())
                            .add(row.text("bar_kodu")));
        }
        Map<String, BigDecimal> prices = new HashMap<>();
        if (items.stream().anyMatch(i -> i.salePrice() == null)) {
            client.sqlVeriOkuV2("SELECT sfiyat_stokkod, sfiyat_fiyati FROM STOK_SATIS_FIYAT_LISTELERI WHERE"
                            + " sfiyat_iptal = 0 AND sfiyat_listesirano = 1 AND sfiyat_stokkod IN (" + codes + ")"
                            + " ORDER BY sfiyat_stokkod, sfiyat_deposirano")
                    .forEach(row -> prices.putIfAbsent(row.text("sfiyat_stokkod"), row.decimal("sfiyat_fiyati")));
        }
        return items.stream().map(i -> ItemMapping.withFigures(i, onHand.getOrDefault(i.code(), BigDecimal.ZERO),
                i.barcodes().isEmpty() ? barcodes.getOrDefault(i.code(), List.of()) : i.barcodes(),
                i.salePrice() == null ? prices.get(i.code()) : i.salePrice())).toList();
    }
}
