package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.money.VatRate;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks a document's lines the way Mikro's stock lines need them and computes their amounts with kopru-core's
 * {@link DocumentTotals} (the connector never does its own totals arithmetic).
 */
final class DocumentLines {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DocumentLines() {
    }

    static DocumentTotals checkedTotals(String operation, List<DocumentLine> lines) {
        return checkedTotals(operation, lines, false);
    }

    /** The same, with service, expense and tax lines allowed where {@code services} (an invoice's hizmet lines). */
    static DocumentTotals checkedTotals(String operation, List<DocumentLine> lines, boolean services) {
        if (lines == null || lines.isEmpty()) {
            throw Invalid.field(operation, "lines", "a document needs at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            check(operation, "lines[" + i + "].", lines.get(i), services);
        }
        try {
            return DocumentTotals.of(lines);
        } catch (IllegalArgumentException e) {
            throw Invalid.field(operation, "lines", e.getMessage());
        }
    }

    private static void check(String operation, String at, DocumentLine line, boolean services) {
        if (line == null) {
            throw Invalid.field(operation, at.substring(0, at.length() - 1), "must not be null");
        }
        if (line.kind() != null && line.kind() != LineKind.ITEM && !services) {
            throw Invalid.field(operation, at + "kind", line.kind() + " lines are not stock lines; Mikro takes"
                    + " service, expense and tax lines on invoices only (AlimSatimEvragiKaydetV2)");
        }
        Invalid.requireText(operation, at + "itemCode", line.itemCode());
        if (line.quantity() == null || line.quantity().signum() <= 0) {
            throw Invalid.field(operation, at + "quantity", "must be more than 0, was " + line.quantity());
        }
        if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
            throw Invalid.field(operation, at + "unitPrice", "must be 0 or more, was " + line.unitPrice());
        }
        if (line.priceBasis() == null) {
            throw Invalid.field(operation, at + "priceBasis", "required (VAT_EXCLUDED or VAT_INCLUDED)");
        }
        if (!VatRate.isValid(line.vatRate())) {
            throw Invalid.field(operation, at + "vatRate", "'" + (line.vatRate() == null ? null
                    : line.vatRate().toPlainString()) + "' is not a Turkish KDV rate (0, 1, 8, 10, 18, 20)");
        }
        BigDecimal discount = line.discountRate();
        if (discount != null && (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0)) {
            throw Invalid.field(operation, at + "discountRate", "must be between 0 and 100, was " + discount);
        }
        warehouse(operation, at, line.warehouse());
    }

    /** Mikro warehouses are numbered; none given means warehouse 1, as in every official example. */
    static int warehouse(String operation, String at, String warehouse) {
        if (warehouse == null || warehouse.isBlank()) {
            return MikroCodes.DEFAULT_DEPO;
        }
        if (!warehouse.matches("\\d{1,4}")) {
            throw Invalid.field(operation, at + "warehouse", "'" + warehouse + "' is not a Mikro warehouse number");
        }
        return Integer.parseInt(warehouse);
    }
}
