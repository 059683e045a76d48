package dev.kopru.farmaborsa.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Reads IlanKaydet's {@code ilanInput} (and IlanHizliDuzenle's body) into {@link ListingTerms} and checks it
 * (farmaborsa.md §5.1). Fields the body leaves out keep the values of {@code base}: a new listing's defaults, or the
 * listing being updated (so an update may send only what changes [inference]).
 */
final class ListingForm {

    private static final Set<Integer> VAT_RATES = Set.of(0, 1, 8, 10, 18, 20);

    private ListingForm() {
    }

    /** A new listing before the body is read; {@code aktif} when absent is a switch (the C# client omits it). */
    static ListingTerms blank(boolean absentAktifPublishes) {
        return new ListingTerms(null, 0, 0, false, 0, null, null, absentAktifPublishes, false, null, null, null, null,
                null, null, false, 0);
    }

    static ListingTerms read(Body body, ListingTerms base) {
        String urunAd = body.text("urunAd").orElse(base.urunAd());
        int adet = nonNegative(body, "adet", base.adet());
        int maxAdet = nonNegative(body, "maxAdet", base.maxAdet());
        int miadTip = body.integer("miadTip").orElse(base.miadTip());
        Optional<LocalDate> sentMiad = Dates.miad(body);
        BigDecimal tutar = body.decimal("tutar").orElse(base.tutar());
        boolean aktif = aktif(body).orElse(base.aktif());
        Integer kdv = body.integer("kdv").orElse(base.kdv());
        BigDecimal psf = nonNegative(body, "psf").orElse(base.psf());
        BigDecimal maliyet = nonNegative(body, "maliyet").orElse(base.maliyet());
        int op = body.decimal("op").map(BigDecimal::intValue).orElse(base.op());

        if (urunAd == null || urunAd.isBlank()) {
            throw Refusal.required("urunAd");
        }
        if (miadTip < 1 || miadTip > 3) {
            throw new Refusal("miadTip 1, 2 veya 3 olmalıdır");
        }
        LocalDate miad = miadTip == 1 ? sentMiad.orElse(base.miadTip() == 1 ? base.miad() : null) : null;
        if (miadTip == 1 && miad == null) {
            throw new Refusal("miadTip 1 ise miad zorunludur");
        }
        if (tutar == null || tutar.signum() <= 0) {
            throw new Refusal("tutar 0'dan büyük olmalıdır");
        }
        if (tutar.stripTrailingZeros().scale() > 2) {
            throw Refusal.invalid("tutar", "en fazla 2 ondalık basamak içerebilir", tutar.toPlainString());
        }
        if (kdv != null && !VAT_RATES.contains(kdv)) {
            throw Refusal.invalid("kdv", "0, 1, 8, 10, 18 veya 20 olmalıdır", kdv);
        }
        return new ListingTerms(urunAd.trim(), adet, maxAdet,
                body.bool("maxAdetGorunsun").orElse(base.maxAdetGorunsun()), miadTip, miad,
                tutar.setScale(2, java.math.RoundingMode.UNNECESSARY), aktif,
                body.bool("borsadaGoster").orElse(base.borsadaGoster()), body.text("resimUrl").orElse(base.resimUrl()),
                kdv, psf, body.text("kategoriAd").orElse(base.kategoriAd()),
                body.text("markaAd").orElse(base.markaAd()), maliyet, body.bool("oneCikan").orElse(base.oneCikan()),
                op);
    }

    /** {@code aktif}: 1 or 0 (also {@code "1"}, {@code true}); anything else is refused. */
    private static Optional<Boolean> aktif(Body body) {
        if (body.get("aktif") != null && body.get("aktif").isBoolean()) {
            return Optional.of(body.get("aktif").booleanValue());
        }
        Optional<Integer> value = body.integer("aktif");
        if (value.isPresent() && value.get() != 0 && value.get() != 1) {
            throw Refusal.invalid("aktif", "0 veya 1 olmalıdır", value.get());
        }
        return value.map(v -> v == 1);
    }

    private static int nonNegative(Body body, String field, int absent) {
        int value = body.integer(field).orElse(absent);
        if (value < 0) {
            throw Refusal.invalid(field, "0'dan küçük olamaz", value);
        }
        return value;
    }

    private static Optional<BigDecimal> nonNegative(Body body, String field) {
        Optional<BigDecimal> value = body.decimal(field);
        if (value.isPresent() && value.get().signum() < 0) {
            throw Refusal.invalid(field, "0'dan küçük olamaz", value.get().toPlainString());
        }
        return value;
    }
}
