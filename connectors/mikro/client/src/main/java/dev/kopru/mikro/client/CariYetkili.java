package dev.kopru.mikro.client;

/** A contact person at a cari address ({@code adres[].yetkili[]}). */
public record CariYetkili(String mye_isim, String mye_soyisim, String mye_dahili_telno, String mye_email_adres,
                          String mye_cep_telno) {
}
