package dev.kopru.testkit.demodata;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Builds demo invoice {@code i}: one to five lines of the data set's items, to one of its customers. */
final class Invoices {
    private static final int[] PAYMENT_TERMS_DAYS = {0, 30, 60, 90};

    private Invoices() {
    }

    static DemoInvoice create(DemoData data, int index) {
        Random random = Seeds.random(data.seed(), Seeds.INVOICE, index);
        LocalDate reference = data.referenceDate();
        String number = String.format(Locale.ROOT, "FAT%04d%09d", reference.getYear(), index + 1);
        LocalDate date = reference.minusDays(random.nextInt(365));
        LocalDate due = date.plusDays(PAYMENT_TERMS_DAYS[random.nextInt(PAYMENT_TERMS_DAYS.length)]);

        int partyIndex = random.nextInt(data.size());
        if (partyIndex % 5 == 4) {
            partyIndex--; // a supplier: take the customer before it
        }
        String partyCode = data.party(partyIndex).code();

        int count = 1 + random.nextInt(5);
        List<DocumentLine> lines = new ArrayList<>(count);
        for (int lineNo = 1; lineNo <= count; lineNo++) {
            DemoItem item = data.item(random.nextInt(data.size()));
            BigDecimal discount = random.nextInt(4) == 0 ? BigDecimal.valueOf(5L * (1 + random.nextInt(3))) : null;
            lines.add(new DocumentLine(lineNo, LineKind.ITEM, item.code(), item.barcode(), item.name(),
                    BigDecimal.valueOf(1 + random.nextInt(20)), item.unit(), item.price(), PriceBasis.VAT_EXCLUDED,
                    item.vatRate(), discount, null));
        }
        return new DemoInvoice(index, number, date, due, partyCode, lines);
    }
}
