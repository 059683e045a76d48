package dev.kopru.mikro.client;

import java.util.List;

/** An order ({@code Mikro.evraklar[]} of {@code SiparisKaydetV2}): notes and {@code sip_*} lines. */
public record SiparisEvragi(List<EvrakAciklamasi> evrak_aciklamalari, List<SiparisSatiri> satirlar) {
}
