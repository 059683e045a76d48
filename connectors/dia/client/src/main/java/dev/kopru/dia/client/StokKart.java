package dev.kopru.dia.client;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;

/**
 * A stok kart ({@code scf_stokkart}, dia.md §7.2). {@code stokkartturu} is a combo ({@code TCR} = Ticari Mal);
 * {@code birim} and {@code kdv} are the reference's inferences; barcodes sit in {@code m_birimler[].m_barkodlar[]}.
 * The reference names no sale-price field on the card.
 */
public record StokKart(String _key, String stokkartkodu, String aciklama, String stokkartturu, String durum,
                       String birim, @JsonSerialize(using = DiaDecimal.class) BigDecimal kdv, List<Birim> m_birimler,
                       String _cdate, String _date) {

    /** A unit of the card with its barcodes. */
    public record Birim(String _key, String birimadi, List<Barkod> m_barkodlar) {
    }

    public record Barkod(String _key, String barkod) {
    }
}
