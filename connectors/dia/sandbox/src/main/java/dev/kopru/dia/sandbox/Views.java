package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The services that are not one of a model's five kinds (dia.md, Operations): the invoice-line list
 * {@code scf_fatura_kalemi_liste_view} and a cari's balance {@code scf_carikart_hesapdurumu_getir}. Their row and
 * member names are not in the reference [inference].
 */
final class Views {

    /** {@code scf_fatura.turu} codes that put the cari in debt, per the reference's unconfirmed table (§7.3). */
    private static final Set<Long> DEBIT_KINDS = Set.of(2L, 3L, 4L);
    /** The kinds that credit the cari: purchases, sales returns, müstahsil. */
    private static final Set<Long> CREDIT_KINDS = Set.of(1L, 5L, 6L, 11L);

    private final Store store;

    Views(Store store) {
        this.store = store;
    }

    /** One row per invoice line, with its invoice's number, date, cari and change stamp. */
    List<ObjectNode> invoiceLines() {
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode invoice : store.all("scf_fatura")) {
            ObjectNode cari = linked("scf_carikart", invoice.get("_key_scf_carikart"));
            for (JsonNode line : invoice.path("m_kalemler")) {
                ObjectNode row = SandboxJson.object().put("_key", Values.text(line.get("_key")))
                        .put("_key_scf_fatura", Values.text(invoice.get("_key")))
                        .put("fisno", Values.text(invoice.get("fisno"))).put("belgeno", Values.text(invoice.get("belgeno")))
                        .put("tarih", Values.text(invoice.get("tarih")))
                        .put("carikartkodu", cari == null ? null : Values.text(cari.get("carikartkodu")));
                ObjectNode card = linked("scf_stokkart", line.get("_key_kalemturu"));
                row.put("kalemturu", Values.text(line.get("kalemturu")))
                        .put("stokkartkodu", card == null ? null : Values.text(card.get("stokkartkodu")));
                for (String field : new String[] {"miktar", "birimfiyati", "kdv", "kdvdurumu", "tutari", "kdvtutari"}) {
                    row.put(field, Values.text(line.get(field)));
                }
                row.put("_date", Values.text(invoice.get("_date")));
                rows.add(row);
            }
        }
        return rows;
    }

    /** A cari's debit, credit and balance from its invoices and cari account slips. */
    ObjectNode balance(JsonNode keyNode) {
        Long key = Values.whole(keyNode);
        ObjectNode cari = key == null ? null : store.get("scf_carikart", key);
        if (cari == null) {
            throw DiaError.notFound("scf_carikart", "{'_key': " + Values.text(keyNode) + "}");
        }
        String cariKey = Values.key(key);
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (ObjectNode invoice : store.all("scf_fatura")) {
            if (!cariKey.equals(Values.text(invoice.get("_key_scf_carikart")))) {
                continue;
            }
            Long kind = Values.whole(invoice.get("turu"));
            BigDecimal net = orZero(Values.decimal(invoice.get("net")));
            if (kind != null && DEBIT_KINDS.contains(kind)) {
                debit = debit.add(net);
            } else if (kind != null && CREDIT_KINDS.contains(kind)) {
                credit = credit.add(net);
            }
        }
        for (ObjectNode slip : store.all("scf_carihesap_fisi")) {
            for (JsonNode line : slip.path("m_kalemler")) {
                if (cariKey.equals(Values.text(line.get("_key_scf_carikart")))) {
                    debit = debit.add(orZero(Values.decimal(line.get("borc"))));
                    credit = credit.add(orZero(Values.decimal(line.get("alacak"))));
                }
            }
        }
        return SandboxJson.object().put("_key", cariKey).put("carikartkodu", Values.text(cari.get("carikartkodu")))
                .put("borc", Values.wire(debit)).put("alacak", Values.wire(credit))
                .put("bakiye", Values.wire(debit.subtract(credit)));
    }

    private ObjectNode linked(String model, JsonNode key) {
        Long number = Values.whole(key);
        return number == null ? null : store.get(model, number);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
