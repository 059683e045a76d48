package dev.kopru.mikro.client;

import java.util.List;

/** A dispatch note ({@code Mikro.evraklar[]} of {@code IrsaliyeKaydetV2}): notes and {@code sth_*} lines. */
public record IrsaliyeEvragi(List<EvrakAciklamasi> evrak_aciklamalari, List<StokHareketSatiri> satirlar) {
}
