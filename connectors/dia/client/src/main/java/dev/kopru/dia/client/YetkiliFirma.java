package dev.kopru.dia.client;

import java.util.List;

/**
 * A firm the user may use ({@code sis_yetkili_firma_donem_sube_depo}, dia.md §4): its code and name, its periods,
 * branches with their depots, and the default period. Member names beyond {@code firmakodu}, {@code firmaadi},
 * {@code donemler}, {@code donemkodu} and {@code subeler} are the reference's inferences.
 */
public record YetkiliFirma(int firmakodu, String firmaadi, List<Donem> donemler, List<Sube> subeler,
                           Integer ontanimli__donemkodu) {

    public record Donem(int donemkodu, String baslangictarihi, String bitistarihi) {
    }

    public record Sube(String subekodu, String subeadi, List<Depo> depolar) {
    }

    public record Depo(String depokodu, String depoadi) {
    }

    public YetkiliFirma {
        donemler = donemler == null ? List.of() : List.copyOf(donemler);
        subeler = subeler == null ? List.of() : List.copyOf(subeler);
    }
}
