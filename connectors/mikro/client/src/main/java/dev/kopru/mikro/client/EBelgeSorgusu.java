package dev.kopru.mikro.client;

/**
 * {@code EBelgeDurumSorgulamaV2}'s {@code Mikro.EBelge}: {@code EFaturaTipi} 0 = sent / 1 = received,
 * {@code EBelgeTipi} 0 = e-Fatura / 1 = e-Arşiv, and the document's UUID.
 */
public record EBelgeSorgusu(Integer EFaturaTipi, Integer EBelgeTipi, String UUID) {
}
