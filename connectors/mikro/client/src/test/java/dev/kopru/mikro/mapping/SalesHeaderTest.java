package dev.kopru.mikro.mapping;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.PriceBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Invoices, orders and dispatch notes are checked alike: the same field is refused first whatever the document. */
class SalesHeaderTest {

    private static final DocumentSettings SETTINGS = DocumentSettings.defaults();
    private static final List<DocumentLine> LINES =
            List.of(InvoiceMappingTest.line(1, "1", "10", PriceBasis.VAT_EXCLUDED, "20", null));

    private static List<ThrowingCallable> writes(String number, DocumentDirection direction, LocalDate date,
                                                 String partyCode) {
        return List.of(
                () -> InvoiceMapping.toFatura("W", new Invoice(null, number, null, direction, date, null, partyCode,
                        "TRY", null, LINES, null, null, null, null), SETTINGS),
                () -> OrderMapping.toSiparis("W", new Order(null, number, null, direction, date, partyCode, null,
                        null, null, "TRY", LINES, null, null, null), SETTINGS),
                () -> DispatchNoteMapping.toIrsaliye("W", new DispatchNote(null, number, null, direction, date,
                        partyCode, "TRY", LINES, null, null, null), SETTINGS));
    }

    private static List<String> refusedFields(List<ThrowingCallable> writes) {
        Function<ThrowingCallable, String> field = write -> catchThrowableOfType(ConnectorException.Validation.class,
                write).field().orElseThrow();
        return writes.stream().map(field).toList();
    }

    @Test
    void the_number_is_checked_first_then_direction_date_and_party() {
        LocalDate day = LocalDate.of(2025, 11, 22);
        assertThat(refusedFields(writes(" ", DocumentDirection.PURCHASE, null, null)))
                .containsOnly("number");
        assertThat(refusedFields(writes("N-1", DocumentDirection.PURCHASE, null, null)))
                .containsOnly("direction");
        assertThat(refusedFields(writes("N-1", DocumentDirection.SALES, null, null)))
                .containsOnly("date");
        assertThat(refusedFields(writes("N-1", null, day, " ")))
                .containsOnly("partyCode");
    }

    @Test
    void a_number_that_cannot_be_searched_for_is_refused_before_anything_is_sent() {
        assertThat(refusedFields(writes("A\nB", DocumentDirection.SALES, LocalDate.of(2025, 11, 22), "P")))
                .containsOnly("number");
    }
}
