package dev.kopru.mikro.client;

/** {@code FaturaToEFaturaV2} {@code evraklar[]}: {@code IslemTipi} 1 = send, 2 = link an already-sent invoice. */
public record EFaturaIslemi(String cha_evrakno_seri, Integer cha_evrakno_sira, Integer IslemTipi) {
}
