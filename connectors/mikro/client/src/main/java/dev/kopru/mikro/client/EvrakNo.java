package dev.kopru.mikro.client;

/** A document's number ({@code AlimSatimEvragiSilV2} {@code evraklar[]}): its type, series and sequence. */
public record EvrakNo(Integer cha_evrak_tip, String cha_evrakno_seri, Integer cha_evrakno_sira) {
}
