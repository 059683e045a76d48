package dev.kopru.core.money;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.model.TradeDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The totals of a document, computed the one way every connector shares. All amounts are at kuruş scale (2), in the
 * document's currency.
 *
 * <p>Rules. Each line is rounded on its own, half-up, to kuruş; the document's totals (and the totals per VAT rate)
 * are the sums of the rounded line values, so they always reconcile exactly: the lines add up to the document, and
 * {@code net + vat == gross} on every line and overall. Per line, with {@code charged = round(qty × price × (1 −
 * discount/100))}:
 * <ul>
 *   <li>VAT-excluded price: {@code net = charged}, {@code vat = round(net × rate / 100)}, {@code gross = net + vat};</li>
 *   <li>VAT-included price: {@code gross = charged}, {@code net = round(gross × 100 / (100 + rate))},
 *       {@code vat = gross − net}.</li>
 * </ul>
 * Why the VAT-included case works backwards from the gross: marketplace and retail prices are VAT-included, and the
 * amount the buyer saw and paid must come out exactly; recomputing it from a rounded net could drift by a kuruş.
 *
 * <p>A {@link LineKind#TAX} line (a tax other than VAT, such as the telecom ÖİV) at the VAT rate of the VAT-excluded
 * line it follows is part of that line's VAT base, as the law puts it: their VAT is rounded once, on the sum of their
 * nets, and the tax line's VAT is what that adds to the line's own. Otherwise a tax line is totalled like any other.
 *
 * @param lines  per-line totals, in the order of the document's lines
 * @param byRate totals per VAT rate, lowest rate first, only rates that occur
 */
public record DocumentTotals(List<LineTotals> lines, List<RateTotals> byRate, BigDecimal net, BigDecimal vat,
                             BigDecimal gross) {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(Vat.AMOUNT_SCALE);

    public DocumentTotals {
        lines = List.copyOf(lines);
        byRate = List.copyOf(byRate);
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(gross, "gross");
    }

    /** The totals of an invoice, order or dispatch note. */
    public static DocumentTotals of(TradeDocument document) {
        Objects.requireNonNull(document, "document");
        return of(document.lines());
    }

    /**
     * The totals of a list of lines; an empty list totals zero.
     *
     * @throws IllegalArgumentException naming the line and field when a line is incomplete or out of range
     */
    public static DocumentTotals of(List<DocumentLine> lines) {
        Objects.requireNonNull(lines, "lines");
        List<LineTotals> computed = new ArrayList<>(lines.size());
        TreeMap<VatRate, RateTotals> byRate = new TreeMap<>();
        BigDecimal net = ZERO;
        BigDecimal vat = ZERO;
        BigDecimal gross = ZERO;
        BigDecimal baseNet = null; // the VAT base so far of the last VAT-excluded line and the tax lines after it
        BigDecimal baseVat = null;
        for (DocumentLine line : lines) {
            LineTotals totals = LineTotals.of(line);
            boolean excluded = line.priceBasis() == PriceBasis.VAT_EXCLUDED;
            if (line.kind() == LineKind.TAX && excluded && baseNet != null
                    && totals.vatRate().equals(computed.getLast().vatRate())) {
                BigDecimal lineVat = Vat.amount(baseNet.add(totals.net()), totals.vatRate()).subtract(baseVat);
                totals = new LineTotals(totals.lineNo(), totals.vatRate(), totals.net(), lineVat,
                        totals.net().add(lineVat));
                baseNet = baseNet.add(totals.net());
                baseVat = baseVat.add(lineVat);
            } else if (line.kind() != LineKind.TAX && excluded) {
                baseNet = totals.net();
                baseVat = totals.vat();
            } else {
                baseNet = null;
                baseVat = null;
            }
            computed.add(totals);
            VatRate rate = totals.vatRate();
            byRate.put(rate, byRate.getOrDefault(rate, RateTotals.zero(rate)).plus(totals));
            net = net.add(totals.net());
            vat = vat.add(totals.vat());
            gross = gross.add(totals.gross());
        }
        return new DocumentTotals(computed, List.copyOf(byRate.values()), net, vat, gross);
    }

    /** The totals at one rate, empty when no line has it. */
    public Optional<RateTotals> forRate(VatRate rate) {
        return byRate.stream().filter(r -> r.vatRate().equals(rate)).findFirst();
    }

    /** Compares a vendor's stated totals with these, allowing no difference. */
    public List<Discrepancy> check(StatedTotals stated) {
        return check(stated, Tolerance.exact());
    }

    /**
     * Compares a vendor's stated totals with these. A total the vendor did not state ({@code null}) is not compared;
     * an empty list means the vendor agrees within {@code tolerance}.
     */
    public List<Discrepancy> check(StatedTotals stated, Tolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        if (stated == null) {
            return List.of();
        }
        BigDecimal allowed = tolerance.allowedFor(lines.size());
        allowed = allowed.setScale(Math.max(allowed.scale(), Vat.AMOUNT_SCALE)); // shown as an amount
        List<Discrepancy> found = new ArrayList<>(3);
        compare(Discrepancy.Total.NET, net, stated.net(), allowed, found);
        compare(Discrepancy.Total.VAT, vat, stated.vat(), allowed, found);
        compare(Discrepancy.Total.GROSS, gross, stated.gross(), allowed, found);
        return List.copyOf(found);
    }

    private static void compare(Discrepancy.Total total, BigDecimal ours, BigDecimal theirs, BigDecimal allowed,
                                List<Discrepancy> found) {
        if (theirs == null) {
            return;
        }
        BigDecimal difference = theirs.subtract(ours);
        if (difference.abs().compareTo(allowed) > 0) {
            found.add(new Discrepancy(total, ours, theirs, difference, allowed));
        }
    }
}
