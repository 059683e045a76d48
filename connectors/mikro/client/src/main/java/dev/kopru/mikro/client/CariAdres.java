package dev.kopru.mikro.client;

import java.util.List;

/** One address of a cari ({@code cariler[].adres[]}), with its contacts. {@code adr_posta_kodu} is an int in Mikro. */
public record CariAdres(String adr_cadde, String adr_mahalle, String adr_sokak, String adr_ilce, String adr_il,
                        String adr_ulke, Integer adr_posta_kodu, String adr_tel_no1, List<CariYetkili> yetkili) {
}
