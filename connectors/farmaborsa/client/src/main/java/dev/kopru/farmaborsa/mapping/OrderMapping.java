package dev.kopru.farmaborsa.mapping;

import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.OrderStatus;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.money.Discrepancy;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.money.Tolerance;
import dev.kopru.core.money.VatRate;
import dev.kopru.farmaborsa.client.SatisDurum;
import dev.kopru.farmaborsa.client.SiparisBilgi;
import dev.kopru.farmaborsa.client.SiparisIlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code siparisBilgi} → Order. Unit prices are {@code birimFiyat}, VAT included; the shipping-fee line
 * ({@code kargoUcretiUrunu}) becomes a {@link LineKind#SERVICE} line, since the seller must invoice it too.
 *
 * <p>Totals. Köprü computes them from the lines ({@link DocumentTotals}) and checks the vendor's
 * ({@link #check}). FarmaBorsa rounds the net <em>unit</em> price ({@code netFiyat}) before multiplying by the
 * quantity, so its net ({@code toplam}) may differ from Köprü's per-line rounding by half a kuruş per unit: that much
 * is allowed on net and VAT, nothing on {@code genelToplam} (the sum of {@code birimFiyat × adet}, exact). The VAT
 * fields exist only for 8 % and 18 % ({@code kdvToplam8}, {@code kdvToplam18}); the reference does not say whether
 * 10 % and 20 % lines go into them, so the document's VAT counts as stated only when every line is 0, 8 or 18 %, and
 * otherwise each of the two fields is checked against Köprü's VAT at its own rate.
 *
 * <p>Not carried by the canonical order: the line code ({@code kod}, needed to change quantities; use the client),
 * FarmaBorsa's product id ({@code urun}), the lot's expiry ({@code miad}), {@code utsNo}, the cargo fields and the
 * invoice URL. The seller's list has no status field: the status is known when the order was read by status.
 */
public final class OrderMapping {

    private static final BigDecimal HALF_KURUS = new BigDecimal("0.005");
    private static final Set<Integer> OLD_RATES_ONLY = Set.of(0, 8, 18);

    private OrderMapping() {
    }

    /**
     * A seller's order.
     *
     * @param status the status it was listed under, or {@code null} when unknown (read by {@code satisKod})
     */
    public static Order toOrder(SiparisBilgi siparis, SatisDurum status) {
        SatisDurum known = status != null ? status : SatisDurum.ofAd(siparis.satisDurumAd()).orElse(null);
        LocalDateTime tarih = siparis.tarihi();
        String key = Integer.toString(siparis.satisKod());
        return new Order(key, key, null, DocumentDirection.SALES, tarih == null ? null : tarih.toLocalDate(),
                ListingMapping.blankToNull(siparis.nick()), BuyerMapping.buyer(siparis), orderStatus(known),
                known == null ? ListingMapping.blankToNull(siparis.satisDurumAd()) : known.ad(), Money.TRY,
                lines(siparis), statedTotals(siparis), null, null);
    }

    public static List<DocumentLine> lines(SiparisBilgi siparis) {
        List<DocumentLine> lines = new ArrayList<>();
        for (SiparisIlan line : siparis.ilanList()) {
            lines.add(new DocumentLine(lines.size() + 1, line.kargoUcreti() ? LineKind.SERVICE : LineKind.ITEM, null,
                    ListingMapping.blankToNull(line.barkod()), line.urunAd(), BigDecimal.valueOf(line.adet()), null,
                    line.birimFiyat(), PriceBasis.VAT_INCLUDED,
                    line.kdv() == null ? null : BigDecimal.valueOf(line.kdv()), null, null));
        }
        return lines;
    }

    /** The totals as FarmaBorsa states them; VAT only when every line is 0, 8 or 18 % (see the class comment). */
    public static StatedTotals statedTotals(SiparisBilgi siparis) {
        BigDecimal vat = oldRatesOnly(siparis) ? sum(siparis.kdvToplam8(), siparis.kdvToplam18()) : null;
        return new StatedTotals(siparis.toplam(), vat, siparis.genelToplam());
    }

    /** How far FarmaBorsa's net may be from Köprü's: half a kuruş per unit ordered, rounded up to kuruş. */
    public static Tolerance tolerance(SiparisBilgi siparis) {
        int units = siparis.ilanList().stream().mapToInt(l -> Math.abs(l.adet())).sum();
        return Tolerance.perDocument(HALF_KURUS.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.UP));
    }

    /**
     * The vendor totals Köprü disagrees with, beyond {@link #tolerance}; empty when they agree.
     *
     * @throws IllegalArgumentException naming the line and field when a line cannot be computed (e.g. its rate)
     */
    public static List<TotalsCheck> check(SiparisBilgi siparis) {
        DocumentTotals ours = DocumentTotals.of(lines(siparis));
        Tolerance rounding = tolerance(siparis);
        List<TotalsCheck> found = new ArrayList<>();
        ours.check(new StatedTotals(null, null, siparis.genelToplam()), Tolerance.exact())
                .forEach(d -> found.add(new TotalsCheck("genelToplam", d)));
        ours.check(new StatedTotals(siparis.toplam(), null, null), rounding)
                .forEach(d -> found.add(new TotalsCheck("toplam", d)));
        if (oldRatesOnly(siparis)) {
            ours.check(new StatedTotals(null, sum(siparis.kdvToplam8(), siparis.kdvToplam18()), null), rounding)
                    .forEach(d -> found.add(new TotalsCheck("kdvToplam8+kdvToplam18", d)));
        } else {
            rate(ours, VatRate.EIGHT, siparis.kdvToplam8(), rounding, "kdvToplam8", found);
            rate(ours, VatRate.EIGHTEEN, siparis.kdvToplam18(), rounding, "kdvToplam18", found);
        }
        return found;
    }

    private static void rate(DocumentTotals ours, VatRate rate, BigDecimal stated, Tolerance rounding, String field,
                             List<TotalsCheck> found) {
        if (stated == null) {
            return;
        }
        BigDecimal mine = ours.forRate(rate).map(r -> r.vat()).orElse(BigDecimal.ZERO.setScale(2));
        BigDecimal allowed = rounding.allowedFor(0);
        BigDecimal difference = stated.subtract(mine);
        if (difference.abs().compareTo(allowed) > 0) {
            found.add(new TotalsCheck(field, new Discrepancy(Discrepancy.Total.VAT, mine, stated, difference,
                    allowed)));
        }
    }

    static OrderStatus orderStatus(SatisDurum status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case YENI_SIPARIS -> OrderStatus.NEW;
            case ONAYLANDI -> OrderStatus.CONFIRMED;
            case KARGOLANDI -> OrderStatus.SHIPPED;
            case TESLIM_EDILDI -> OrderStatus.DELIVERED;
            case ALICI_ONAYLADI -> OrderStatus.COMPLETED;
            case IPTAL_EDILDI -> OrderStatus.CANCELLED;
            case ACIK, HEPSI -> null;
        };
    }

    private static boolean oldRatesOnly(SiparisBilgi siparis) {
        return siparis.ilanList().stream().allMatch(l -> l.kdv() != null && OLD_RATES_ONLY.contains(l.kdv()));
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        if (a == null && b == null) {
            return null;
        }
        return (a == null ? BigDecimal.ZERO : a).add(b == null ? BigDecimal.ZERO : b);
    }
}
