package dev.kopru.mikro.client;

import java.time.LocalDate;
import java.util.Objects;

/** The filters of {@code StokListesiV2}, at top level beside {@code Mikro}; {@code Index} is the zero-based page. */
public record StokListesiSorgusu(String StokKod, int TarihTipi, LocalDate IlkTarih, LocalDate SonTarih, String Sort,
                                 int Size, int Index) {

    public StokListesiSorgusu {
        StokKod = Objects.requireNonNullElse(StokKod, "");
        Objects.requireNonNull(IlkTarih, "IlkTarih");
        Objects.requireNonNull(SonTarih, "SonTarih");
        Paging.check(Size, Index);
    }
}
