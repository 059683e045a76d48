package dev.kopru.mikro.client;

import java.time.LocalDate;
import java.util.Objects;

/** {@code GelenFaturalarV2}'s filters, inside {@code Mikro}: a date range and optional GIB number or VKN. */
public record GelenFaturaSorgusu(LocalDate IlkTarih, LocalDate SonTarih, String GIBFaturaNo, String VKNo, int Size,
                                 int Index) {

    public GelenFaturaSorgusu {
        Objects.requireNonNull(IlkTarih, "IlkTarih");
        Objects.requireNonNull(SonTarih, "SonTarih");
        Paging.check(Size, Index);
    }
}
