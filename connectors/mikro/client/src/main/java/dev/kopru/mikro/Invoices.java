package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.Invoice;
import dev.kopru.mikro.client.FaturaEvragi;
import dev.kopru.mikro.client.KayitSonucu;
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

    /** FaturaKaydetV2, or AlimSatimEvragiKaydetV2 when a document has service lines (FaturaKaydetV2 has no place). */
    static List<KayitSonucu> save(MikroClient client, List<FaturaEvragi> evraklar) {
        boolean services = evraklar.stream().anyMatch(e -> e.hizmet_masraf_detay() != null);
        return services ? client.alimSatimEvragiKaydetV2(evraklar) : client.faturaKaydetV2(evraklar);
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
