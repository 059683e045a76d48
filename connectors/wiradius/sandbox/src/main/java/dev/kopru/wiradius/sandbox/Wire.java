package dev.kopru.wiradius.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/**
 * The one schema definition of the service's answers. Only {@code status}/{@code data}, {@code cari_id} and
 * {@code invoice_id} are documented; every other key here is inferred (wiradius.md §5) and is changed here alone
 * when a real response is seen. Values are text, as a PHP/MySQL backend writes them: amounts with two decimals,
 * dates {@code Y-m-d}, times {@code Y-m-d H:i:s}; keys a record does not have are left out.
 */
final class Wire {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Wire() {
    }

    static ObjectNode customer(Isp.Subscriber s) {
        ObjectNode row = SandboxJson.object();
        row.put("cari_id", Integer.toString(s.id()));
        row.put("cari_tipi", Integer.toString(s.cariTipi()));
        row.put("name", s.name());
        putIf(row, "tc_no", s.tcNo());
        putIf(row, "tax_no", s.taxNo());
        putIf(row, "tax_office", s.taxOffice());
        putIf(row, "phone", s.phone());
        putIf(row, "email", s.email());
        putIf(row, "address", s.address());
        putIf(row, "city", s.city());
        putIf(row, "district", s.district());
        row.put("balance", amount(s.balance()));
        row.put("created_at", s.createdAt().format(DATE_TIME));
        return row;
    }

    static ObjectNode movement(Isp.Movement m) {
        ObjectNode row = SandboxJson.object();
        row.put("trans_id", Integer.toString(m.transId()));
        row.put("cari_id", Integer.toString(m.cariId()));
        row.put("date", m.date().format(DATE_TIME));
        row.put("type", m.type());
        if (m.invoiceId() != null) {
            row.put("invoice_id", Integer.toString(m.invoiceId()));
        }
        row.put("description", m.description());
        row.put("debt", amount(m.debt()));
        row.put("credit", amount(m.credit()));
        row.put("balance", amount(m.balance()));
        return row;
    }

    static ObjectNode invoice(Isp.Invoice i) {
        ObjectNode row = SandboxJson.object();
        row.put("invoice_id", Integer.toString(i.invoiceId()));
        row.put("cari_id", Integer.toString(i.cariId()));
        row.put("invoice_no", i.invoiceNo());
        row.put("invoice_date", i.date().toString());
        row.put("type", i.type());
        row.put("invoice_type", i.invoiceType());
        row.put("ettn", i.ettn());
        row.put("cari_name", i.cariName());
        row.put("total", amount(i.total()));
        row.put("oiv_total", amount(i.oivTotal()));
        row.put("tax_total", amount(i.taxTotal()));
        row.put("grand_total", amount(i.grandTotal()));
        row.put("currency", "TRY");
        return row;
    }

    static ObjectNode row(Isp.Row r) {
        ObjectNode row = SandboxJson.object();
        row.put("row_id", Integer.toString(r.rowId()));
        row.put("invoice_id", Integer.toString(r.invoiceId()));
        row.put("description", r.description());
        row.put("quantity", r.quantity().stripTrailingZeros().toPlainString());
        row.put("unit", r.unit());
        row.put("unit_price", amount(r.unitPrice()));
        row.put("tax_rate", Integer.toString(r.taxRate()));
        row.put("tax_amount", amount(r.taxAmount()));
        row.put("oiv_rate", r.oivRate().stripTrailingZeros().toPlainString());
        row.put("oiv_amount", amount(r.oivAmount()));
        row.put("line_total", amount(r.lineTotal()));
        return row;
    }

    /** The invented §5.5 lookup: only code 1 ("Firma Değil") is documented. */
    static ObjectNode cariType(int id, String name) {
        return SandboxJson.object().put("id", Integer.toString(id)).put("name", name);
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static void putIf(ObjectNode row, String key, String value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
