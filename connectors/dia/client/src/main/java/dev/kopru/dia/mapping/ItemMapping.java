package dev.kopru.dia.mapping;

import dev.kopru.core.model.Item;
import dev.kopru.dia.client.DiaDates;
import dev.kopru.dia.client.StokKart;
import java.util.ArrayList;
import java.util.List;

/**
 * Item ↔ {@code scf_stokkart} (dia.md §7.2): code, name ({@code aciklama}), unit ({@code birim}), VAT rate
 * ({@code kdv}) and barcodes ({@code m_birimler[].m_barkodlar[]}, only on a card got by key). Cards are written as
 * {@code TCR} (Ticari Mal). Not mapped, as the reference names no such fields: sale price, stock on hand, brand,
 * category, expiry; a service item belongs to {@code scf_hizmetkart}, which this mapping does not write.
 */
public final class ItemMapping {

    private ItemMapping() {
    }

    public static Item toItem(StokKart stok) {
        List<String> barcodes = new ArrayList<>();
        if (stok.m_birimler() != null) {
            stok.m_birimler().forEach(b -> {
                if (b.m_barkodlar() != null) {
                    b.m_barkodlar().forEach(code -> barcodes.add(code.barkod()));
                }
            });
        }
        return new Item(stok._key(), stok.stokkartkodu(), stok.aciklama(), null, stok.birim(), barcodes, stok.kdv(),
                null, null, null, null, null, null, false, !"P".equals(stok.durum()), DiaDates.instant(stok._date()));
    }

    /** The card to write; {@code key} is DİA's {@code _key} for an update, null for a create. */
    public static StokKart toStok(Item item, String key) {
        List<StokKart.Birim> units = item.barcodes().isEmpty() || key != null ? null : List.of(new StokKart.Birim(
                null, item.unit(), item.barcodes().stream().map(b -> new StokKart.Barkod(null, b)).toList()));
        return new StokKart(key, item.code(), item.name(), key == null ? "TCR" : null,
                item.active() == null ? null : item.active() ? "A" : "P", item.unit(), item.vatRate(), units, null,
                null);
    }
}
