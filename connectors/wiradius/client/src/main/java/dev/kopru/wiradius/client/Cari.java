package dev.kopru.wiradius.client;

import java.math.BigDecimal;

/**
 * One customer account of {@code cari_list}, named as Wiradius names its fields. Only {@code cari_id} is documented;
 * the rest are the reference's inferred keys (wiradius.md §5.2), all optional. {@code balance} is positive when the
 * customer owes (borçlu). {@code title} is read as the name when {@code name} is absent.
 */
public record Cari(String cari_id, Integer cari_tipi, String name, String title, String tc_no, String tax_no,
                   String tax_office, String phone, String email, String address, String city, String district,
                   BigDecimal balance, String created_at) {

    /** The §5.5 code of a person (bireysel): "Firma Değil". */
    public static final int FIRMA_DEGIL = 1;

    /** Whether the account is a person's by its §5.5 type; without a type, by whether it carries a TCKN only. */
    public boolean person() {
        return cari_tipi != null ? cari_tipi == FIRMA_DEGIL : tc_no != null && !tc_no.isBlank()
                && (tax_no == null || tax_no.isBlank());
    }
}
