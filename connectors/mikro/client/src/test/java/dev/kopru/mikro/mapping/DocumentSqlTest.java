package dev.kopru.mikro.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.mikro.client.SqlRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL by which every document table is paged and picked by series and sequence. */
class DocumentSqlTest {

    private static final DocumentKey AFTER = new DocumentKey("O'B", 3);

    @Test
    void pages_every_document_table_after_the_last_key_by_series_then_sequence() {
        String after = " AND (cha_evrakno_seri > 'O''B' OR (cha_evrakno_seri = 'O''B' AND cha_evrakno_sira > 3))";
        assertThat(InvoiceMapping.headersPage(DocumentSettings.defaults(), 5, AFTER)).contains(after)
                .endsWith(after + " ORDER BY cha_evrakno_seri, cha_evrakno_sira");
        assertThat(PaymentMapping.page(DocumentSettings.defaults(), 5, AFTER)).contains(after);
        assertThat(InvoiceMapping.headersPage(DocumentSettings.defaults(), 5, null)).doesNotContain(" > ");
    }

    @Test
    void a_page_of_orders_or_dispatch_notes_is_a_page_of_keys_grouped_from_their_lines() {
        assertThat(OrderMapping.keysPage(4, AFTER)).isEqualTo("SELECT TOP 4 sip_evrakno_seri, sip_evrakno_sira"
                + " FROM SIPARISLER WHERE sip_iptal = 0 AND sip_tip = 0 AND (sip_evrakno_seri > 'O''B' OR"
                + " (sip_evrakno_seri = 'O''B' AND sip_evrakno_sira > 3)) GROUP BY sip_evrakno_seri, sip_evrakno_sira"
                + " ORDER BY sip_evrakno_seri, sip_evrakno_sira");
        assertThat(DispatchNoteMapping.keysPage(4, null)).isEqualTo("SELECT TOP 4 sth_evrakno_seri, sth_evrakno_sira"
                + " FROM STOK_HAREKETLERI WHERE sth_iptal = 0 AND sth_evraktip = 1"
                + " GROUP BY sth_evrakno_seri, sth_evrakno_sira ORDER BY sth_evrakno_seri, sth_evrakno_sira");
    }

    @Test
    void picks_documents_by_key_with_each_key_in_parentheses() {
        List<DocumentKey> keys = List.of(AFTER, new DocumentKey("", 1));
        assertThat(OrderMapping.rowsOf(DocumentSettings.defaults(), keys)).contains(" AND ((sip_evrakno_seri = 'O''B'"
                + " AND sip_evrakno_sira = 3) OR (sip_evrakno_seri = '' AND sip_evrakno_sira = 1)) ORDER BY");
        assertThat(InvoiceMapping.lines(keys)).contains(" AND ((sth_evrakno_seri = 'O''B' AND sth_evrakno_sira = 3)"
                + " OR (sth_evrakno_seri = '' AND sth_evrakno_sira = 1)) ORDER BY");
        assertThat(PaymentMapping.byKey(DocumentSettings.defaults(), AFTER))
                .endsWith(" AND cha_evrakno_seri = 'O''B' AND cha_evrakno_sira = 3");
    }

    @Test
    void a_series_that_cannot_be_written_into_sql_is_refused_naming_where_it_came_from() {
        DocumentKey bad = new DocumentKey("A\u0001", 2);
        assertThatThrownBy(() -> OrderMapping.keysPage(3, bad)).hasMessageStartingWith("cursor:");
        assertThatThrownBy(() -> PaymentMapping.byKey(DocumentSettings.defaults(), bad)).hasMessageStartingWith("key:");
    }

    @Test
    void an_empty_series_read_back_as_null_is_the_empty_series() throws Exception {
        SqlRow row = new SqlRow((ObjectNode) VendorJson.mapper().readTree(
                "{\"sip_evrakno_seri\":null,\"sip_evrakno_sira\":7}"));
        assertThat(OrderMapping.keyOf(row)).isEqualTo(new DocumentKey("", 7));
    }
}
