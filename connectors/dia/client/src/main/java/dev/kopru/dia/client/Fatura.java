package dev.kopru.dia.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;

/**
 * A fatura ({@code scf_fatura}, dia.md §7.3) with its lines. {@code turu} is the invoice kind, whose code table the
 * reference leaves unconfirmed; links are keys or filter objects when writing and resolved objects when reading.
 * {@code toplam}, {@code toplamkdv} and {@code net} are the document's sums (names: inference); list rows add the
 * cari's {@code carikartkodu} and {@code unvan}.
 */
public record Fatura(String _key, Integer turu, String fisno, String belgeno, String tarih, String saat,
                     String vadetarihi, JsonNode _key_scf_carikart, JsonNode _key_sis_doviz,
                     @JsonSerialize(using = DiaDecimal.class) BigDecimal dovizkuru, String aciklama1,
                     List<Kalem> m_kalemler, List<String> m_silinecek_kalemler,
                     @JsonSerialize(using = DiaDecimal.class) BigDecimal toplam,
                     @JsonSerialize(using = DiaDecimal.class) BigDecimal toplamkdv,
                     @JsonSerialize(using = DiaDecimal.class) BigDecimal net, String carikartkodu, String unvan,
                     String _cdate, String _date) {

    /**
     * One line ({@code m_kalemler}): {@code kalemturu} {@code MLZM} is a stock line whose {@code _key_kalemturu} is
     * the stok kart; {@code kdvdurumu} {@code H} means the price excludes VAT.
     */
    public record Kalem(String _key, String kalemturu, JsonNode _key_kalemturu,
                        @JsonSerialize(using = DiaDecimal.class) BigDecimal miktar,
                        @JsonSerialize(using = DiaDecimal.class) BigDecimal birimfiyati,
                        @JsonSerialize(using = DiaDecimal.class) BigDecimal kdv, String kdvdurumu,
                        @JsonSerialize(using = DiaDecimal.class) BigDecimal tutari,
                        @JsonSerialize(using = DiaDecimal.class) BigDecimal kdvtutari, String note) {
    }
}
