package dev.kopru.dia.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A cari kart ({@code scf_carikart}, dia.md §7.1) as {@code _getir} returns it and {@code _ekle} takes it; list rows
 * fill the scalar fields, {@code vergidairesi} and {@code dairekodu}. {@code _key_sis_vergidairesi} is a key, a filter object when
 * writing ({@code {"kod": "..."}}), or the resolved link when reading.
 */
public record CariKart(String _key, String carikartkodu, String unvan, String carikarttipi, String durum,
                       String verginumarasi, String tckimlikno, JsonNode _key_sis_vergidairesi, String vergidairesi,
                       String dairekodu, String eposta, String telefon1, String ceptel, List<CariAdres> m_adresler, String _cdate,
                       String _date) {

    /** One address ({@code m_adresler}); {@code anaadres} {@code "1"} is the main one. */
    public record CariAdres(String _key, String adresadi, String adrestipi, String anaadres, String adres1,
                            String adres2, String ilce, String sehir, String postakodu) {
    }
}
