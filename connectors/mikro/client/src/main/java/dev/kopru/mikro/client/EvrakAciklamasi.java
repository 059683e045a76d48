package dev.kopru.mikro.client;

/** A free-text note on a document ({@code evraklar[].evrak_aciklamalari[]}). */
public record EvrakAciklamasi(String aciklama) {
}
