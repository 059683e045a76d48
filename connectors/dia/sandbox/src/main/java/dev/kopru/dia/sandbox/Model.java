package dev.kopru.dia.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sandbox knows of one DİA model: the fields a person names a record by, what is required, the combo
 * fields with their short codes and defaults, and how list rows flatten links (dia.md §7).
 *
 * @param name       e.g. {@code scf_carikart}
 * @param title      the record's title in messages, e.g. {@code Cari Kart}
 * @param codeField  the unique code ({@code carikartkodu}), or null when the model has none
 * @param summary    the fields a resolved link shows beside {@code _key}
 * @param required   fields an {@code _ekle} must carry
 * @param combos     combo field → allowed short codes (the first is the default)
 * @param listLinks  link field → (linked field → list-row field), e.g. the cari's code on an invoice row
 * @param lines      the sub-model whose lines must not be empty, e.g. {@code m_kalemler}; null when none
 */
record Model(String name, String title, String codeField, List<String> summary, List<String> required,
             Map<String, List<String>> combos, Map<String, Map<String, String>> listLinks, String lines) {

    /** Texts longer than this are refused as PostgreSQL refuses them behind DİA (dia.md §2.2). */
    static final int TEXT_LIMIT = 128;

    static final List<Model> ALL = List.of(
            new Model("scf_carikart", "Cari Kart", "carikartkodu", List.of("carikartkodu", "unvan"),
                    List.of("carikartkodu"),
                    Map.of("carikarttipi", List.of("AL", "SA", "AS"), "durum", List.of("A", "P")),
                    Map.of("_key_sis_vergidairesi", Map.of("adi", "vergidairesi", "kod", "dairekodu")), null),
            new Model("scf_stokkart", "Stok Kartı", "stokkartkodu", List.of("stokkartkodu", "aciklama"),
                    List.of("stokkartkodu"),
                    Map.of("stokkartturu", List.of("TCR"), "durum", List.of("A", "P")), Map.of(), null),
            new Model("scf_fatura", "Fatura", "fisno", List.of("fisno", "belgeno", "tarih"),
                    List.of("_key_scf_carikart"), Map.of(),
                    Map.of("_key_scf_carikart", Map.of("carikartkodu", "carikartkodu", "unvan", "unvan")),
                    "m_kalemler"),
            new Model("scf_siparis", "Sipariş", "fisno", List.of("fisno", "belgeno", "tarih"),
                    List.of("_key_scf_carikart"), Map.of(),
                    Map.of("_key_scf_carikart", Map.of("carikartkodu", "carikartkodu", "unvan", "unvan")),
                    "m_kalemler"),
            new Model("scf_irsaliye", "İrsaliye", "fisno", List.of("fisno", "belgeno", "tarih"),
                    List.of("_key_scf_carikart"), Map.of(),
                    Map.of("_key_scf_carikart", Map.of("carikartkodu", "carikartkodu", "unvan", "unvan")),
                    "m_kalemler"),
            new Model("scf_carihesap_fisi", "Cari Hesap Fişi", "fisno", List.of("fisno", "belgeno", "tarih"),
                    List.of(), Map.of(), Map.of(), "m_kalemler"),
            new Model("scf_hizmetkart", "Hizmet Kartı", "hizmetkartkodu", List.of("hizmetkartkodu", "aciklama"),
                    List.of("hizmetkartkodu"), Map.of(), Map.of(), null),
            new Model("sis_vergidairesi", "Vergi Dairesi", "kod", List.of("kod", "adi"), List.of("kod"), Map.of(),
                    Map.of(), null),
            new Model("sis_doviz", "Döviz", "adi", List.of("adi"), List.of("adi"), Map.of(), Map.of(), null),
            new Model("sis_sube", "Şube", "subekodu", List.of("subekodu", "subeadi"), List.of("subekodu"), Map.of(),
                    Map.of(), null),
            new Model("sis_depo", "Depo", "depokodu", List.of("depokodu", "depoadi"), List.of("depokodu"), Map.of(),
                    Map.of(), null),
            new Model("sis_ozelkod", "Özel Kod", null, List.of("turkodu", "kod", "aciklama"),
                    List.of("turkodu", "kod"), Map.of(), Map.of(), null),
            new Model("sis_kullanici", "Kullanıcı", "kullaniciadi", List.of("kullaniciadi"),
                    List.of("kullaniciadi"), Map.of(), Map.of(), null),
            new Model("shy_servisformu", "Servis Formu", "fisno", List.of("fisno"), List.of(), Map.of(), Map.of(),
                    null),
            new Model("gts_notlar", "Görev Notu", null, List.of("konu", "tarih"), List.of(), Map.of(), Map.of(),
                    null));

    /** Role and number suffixes of link fields that still name their base model (dia.md §5.3). */
    private static final List<String> ROLE_SUFFIXES = List.of("_source", "_dest", "_raporlama", "_cari");

    /** Documents whose lines are priced stock or service lines, summed by {@link InvoiceTotals}. */
    boolean priced() {
        return name.equals("scf_fatura") || name.equals("scf_siparis") || name.equals("scf_irsaliye");
    }

    static Model named(String name) {
        return ALL.stream().filter(m -> m.name.equals(name)).findFirst().orElse(null);
    }

    /** The model a link field points at: {@code _key_sis_ozelkod2} → sis_ozelkod; the bare name when unknown. */
    static String linked(String linkField) {
        String target = linkField.substring("_key_".length());
        if (named(target) != null) {
            return target;
        }
        String base = target.replaceAll("\\d+$", "");
        for (String suffix : ROLE_SUFFIXES) {
            if (base.endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length());
            }
        }
        return named(base) != null ? base : target;
    }

    static boolean isLink(String field) {
        return field.startsWith("_key_");
    }

    static boolean isSubModel(String field) {
        return field.startsWith("m_") && !field.startsWith("m_silinecek_");
    }

    Set<String> comboFields() {
        return combos.keySet();
    }
}
