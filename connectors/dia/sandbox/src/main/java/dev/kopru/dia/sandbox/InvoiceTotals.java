package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sums of a priced document (fatura, sipariş, irsaliye), per line and for the document: {@code tutari} = quantity × unit price (net of VAT when
 * {@code kdvdurumu} is {@code D}, VAT included), {@code kdvtutari} from the line's rate, rounded half-up to kuruş
 * per line; the header's {@code toplam}, {@code toplamkdv} and {@code net} add the lines up. The header field names
 * are not in the reference [inference]; amounts travel as 6-decimal strings (dia.md §6).
 */
final class InvoiceTotals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceTotals() {
    }

    static void apply(ObjectNode invoice) {
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        for (JsonNode node : invoice.path("m_kalemler")) {
            ObjectNode line = (ObjectNode) node;
            BigDecimal quantity = orZero(Values.decimal(line.get("miktar")));
            BigDecimal price = orZero(Values.decimal(line.get("birimfiyati")));
            BigDecimal rate = orZero(Values.decimal(line.get("kdv")));
            BigDecimal gross = quantity.multiply(price);
            BigDecimal amount = "D".equals(Values.text(line.get("kdvdurumu")))
                    ? gross.multiply(HUNDRED).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP)
                    : gross.setScale(2, RoundingMode.HALF_UP);
            BigDecimal lineVat = amount.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            for (String field : new String[] {"miktar", "birimfiyati", "kdv"}) {
                BigDecimal value = Values.decimal(line.get(field));
                if (value != null) {
                    line.put(field, Values.wire(value));
                } else if (Values.text(line.get(field)) != null) {
                    // DİA's Python server fails on a number it cannot read with this repr() (dia.md §2.2)
                    throw new DiaError(DiaError.FAILURE, "TypeError(\"bad operand type for unary -: 'NoneType'\",) "
                            + "bad operand type for unary -: 'NoneType'");
                }
            }
            line.put("tutari", Values.wire(amount)).put("kdvtutari", Values.wire(lineVat));
            net = net.add(amount);
            vat = vat.add(lineVat);
        }
        invoice.put("toplam", Values.wire(net)).put("toplamkdv", Values.wire(vat)).put("net", Values.wire(net.add(vat)));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
