package dev.kopru.mikro.client;

import java.util.List;

/** A receipt or payment ({@code Mikro.evraklar[]} of {@code TahsilatTediyeKaydetV2/V3}): notes and cha lines. */
public record TahsilatTediyeEvragi(List<EvrakAciklamasi> evrak_aciklamalari, List<TahsilatTediyeSatiri> satirlar) {
}
