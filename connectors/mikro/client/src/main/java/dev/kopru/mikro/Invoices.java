package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.Invoice;
import dev.kopru.mikro.client.FaturaEvragi;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.mapping.DocumentKey;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.mapping.InvoiceMapping;
import java.util.List;

/**
 * Sales invoices: the document handling every {@link SqlDocuments} kind shares, and, unlike the others, deletion
 * with AlimSatimEvragiSilV2.
 */
final class Invoices extends SqlDocuments<Invoice, FaturaEvragi> {

    private static final String DELETE = "AlimSatimEvragiSilV2";

    Invoices(MikroClient client, DocumentSettings settings, int maxPageSize) {
        super(client, DocumentKind.invoices(settings), maxPageSize);
    }

    /** Looks the invoice up first, so that an unknown key is reported as such rather than in Mikro's words. */
    @Override
    public void delete(String key) {
        DocumentKey documentKey = SavedDocuments.parseOrNotFound(DELETE, key);
        if (get(key).isEmpty()) {
            throw new ConnectorException.NotFound(DELETE, DELETE + ": no sales invoice " + key, null);
        }
        client.alimSatimEvragiSilV2(List.of(InvoiceMapping.evrakNo(documentKey)));
    }
}
