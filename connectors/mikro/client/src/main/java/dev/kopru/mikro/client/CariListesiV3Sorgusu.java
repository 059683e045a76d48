package dev.kopru.mikro.client;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The filters of {@code CariListesiV3}, sent at top level beside {@code Mikro}. Empty {@code CariKod} and
 * {@code CariVKNTCNo} mean "any"; {@code TarihTipi} 2 is the only value seen in Mikro's examples; the range
 * {@code 1899-12-30}…today means "everything". {@code Index} is the zero-based page.
 */
public record CariListesiV3Sorgusu(String CariKod, String CariVKNTCNo, int TarihTipi, LocalDate IlkTarih,
                                   LocalDate SonTarih, String Sort, int Size, int Index) {

    /** Mikro's "from the beginning" date (the OLE zero date). */
    public static final LocalDate BEGINNING = LocalDate.of(1899, 12, 30);

    public CariListesiV3Sorgusu {
        CariKod = Objects.requireNonNullElse(CariKod, "");
        CariVKNTCNo = Objects.requireNonNullElse(CariVKNTCNo, "");
        Objects.requireNonNull(IlkTarih, "IlkTarih");
        Objects.requireNonNull(SonTarih, "SonTarih");
        Paging.check(Size, Index);
    }
}
