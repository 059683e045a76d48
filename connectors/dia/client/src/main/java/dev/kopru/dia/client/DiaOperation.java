package dev.kopru.dia.client;

import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.input.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One DİA service, by its name (dia.md §5): {@code <module>_<model>_<verb>} or a special service. The name gives
 * everything else: the URL ({@code /api/v3/<module>/json}, login and logout on {@code sis}), whether it writes
 * ({@code _ekle}, {@code _guncelle}, {@code _sil}), whether it is billed (all but login and logout) and whether it
 * needs the firm and period (all but the session and {@code sis} account services).
 */
public record DiaOperation(String service) implements VendorOperation {

    public static final DiaOperation LOGIN = new DiaOperation("login");
    public static final DiaOperation LOGOUT = new DiaOperation("logout");
    public static final DiaOperation FIRMS = new DiaOperation("sis_yetkili_firma_donem_sube_depo");
    public static final DiaOperation KONTOR = new DiaOperation("sis_kontor_sorgula");

    /** The five service kinds of every model. */
    public enum Verb {
        LISTELE("_listele", false), GETIR("_getir", false), EKLE("_ekle", true), GUNCELLE("_guncelle", true),
        SIL("_sil", true);

        private final String suffix;
        private final boolean write;

        Verb(String suffix, boolean write) {
            this.suffix = suffix;
            this.write = write;
        }
    }

    /** The models whose five services the reference's Operations table lists (dia.md, Operations). */
    static final List<String> DOCUMENTED_MODELS = List.of("scf_carikart", "scf_stokkart", "scf_fatura",
            "scf_carihesap_fisi", "scf_siparis");

    public DiaOperation {
        if (service == null || !service.matches("[a-z][a-z0-9_]*")) {
            throw new InvalidInputException("operation", "'" + service + "' is not a DİA service name "
                    + "(<module>_<model>_<verb>, lower case)");
        }
    }

    /** The service {@code verb} of {@code model}, e.g. {@code scf_carikart} + EKLE = {@code scf_carikart_ekle}. */
    public static DiaOperation of(String model, Verb verb) {
        return new DiaOperation(model.toLowerCase(Locale.ROOT) + verb.suffix);
    }

    /** Every service of the reference's Operations table, for the raw pass-through's list. */
    public static List<DiaOperation> documented() {
        List<DiaOperation> all = new ArrayList<>(List.of(LOGIN, LOGOUT, FIRMS, KONTOR,
                new DiaOperation("sis_firma_getir"), new DiaOperation("sis_doviz_listele"),
                new DiaOperation("sis_vergidairesi_listele"), new DiaOperation("sis_ozelkod_listele")));
        for (String model : DOCUMENTED_MODELS) {
            for (Verb verb : Verb.values()) {
                all.add(of(model, verb));
            }
        }
        all.addAll(List.of(new DiaOperation("scf_fatura_kalemi_liste_view"),
                new DiaOperation("scf_carikart_hesapdurumu_getir"), new DiaOperation("gts_notlar_ekle"),
                new DiaOperation("rpr_raporsonuc_getir"), new DiaOperation("rpr_tasarimlar_listele"),
                new DiaOperation("rpr_dinamik_raporparametreleri_getir")));
        return all;
    }

    /** {@code sis} for login and logout, else the name's first token: {@code scf_carikart_ekle} → {@code scf}. */
    public String module() {
        if (this.equals(LOGIN) || this.equals(LOGOUT)) {
            return "sis";
        }
        int cut = service.indexOf('_');
        return cut < 0 ? service : service.substring(0, cut);
    }

    public String path() {
        return "/api/v3/" + module() + "/json";
    }

    @Override
    public String methodName() {
        return service;
    }

    @Override
    public boolean write() {
        return service.endsWith(Verb.EKLE.suffix) || service.endsWith(Verb.GUNCELLE.suffix)
                || service.endsWith(Verb.SIL.suffix);
    }

    /** Whether the call costs kontör (dia.md §1: all but login and logout). */
    public boolean billable() {
        return !this.equals(LOGIN) && !this.equals(LOGOUT);
    }

    /** Whether the call carries {@code firma_kodu} and {@code donem_kodu}. */
    public boolean needsFirm() {
        return billable() && !this.equals(FIRMS) && !this.equals(KONTOR);
    }

    /** Whether this is the {@code _getir} or {@code _sil} of a model, where "no such record" means not found. */
    boolean byKey() {
        return service.endsWith(Verb.GETIR.suffix) || service.endsWith(Verb.SIL.suffix);
    }

    @Override
    public String toString() {
        return service;
    }
}
