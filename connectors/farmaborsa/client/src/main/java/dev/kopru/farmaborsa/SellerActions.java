package dev.kopru.farmaborsa;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.OrderActions;
import dev.kopru.core.model.Order;
import dev.kopru.farmaborsa.client.FarmaBorsaClient;
import dev.kopru.farmaborsa.client.SatisDurum;
import dev.kopru.farmaborsa.client.SiparisBilgi;
import dev.kopru.farmaborsa.client.SiparisSorgusu;
import java.util.List;

/**
 * Confirm (SiparisOnayIptalIslem) and invoice URL (SatFaturaKaydet), safe to repeat. FarmaBorsa refuses to confirm
 * an order that is no longer new, and the seller's order carries no status, so a refused confirm is checked against
 * the lists of confirmed and later orders of the order's day: there, it was confirmed before (perhaps by a call whose
 * answer was lost) and counts as done. The invoice URL overwrites, so repeating it is harmless as it is.
 */
final class SellerActions implements OrderActions {

    private static final List<SatisDurum> CONFIRMED_OR_LATER = List.of(SatisDurum.ONAYLANDI, SatisDurum.KARGOLANDI,
            SatisDurum.TESLIM_EDILDI, SatisDurum.ALICI_ONAYLADI);
    /** Pages of one status and day looked through before giving up; a seller's day rarely fills one page. */
    private static final int MAX_PAGES = 20;

    private final FarmaBorsaClient client;

    SellerActions(FarmaBorsaClient client) {
        this.client = client;
    }

    @Override
    public void confirm(Order order) {
        int satisKod = satisKod("SiparisOnayIptalIslem", order);
        try {
            client.siparisOnayla(satisKod);
        } catch (ConnectorException.Validation refused) {
            if (!confirmedOrLater(order, satisKod)) {
                throw refused;
            }
        }
    }

    @Override
    public void attachInvoice(Order order, String invoiceUrl) {
        client.satFaturaKaydet(satisKod("SatFaturaKaydet", order), invoiceUrl);
    }

    private boolean confirmedOrLater(Order order, int satisKod) {
        for (SatisDurum status : CONFIRMED_OR_LATER) {
            SiparisSorgusu query = SiparisSorgusu.durum(status);
            if (order.date() != null) {
                query = query.arasinda(order.date(), order.date().plusDays(1));
            }
            int previousFirst = -1;
            for (int sayfa = 1; sayfa <= MAX_PAGES; sayfa++) {
                List<SiparisBilgi> rows = client.siparisListesi(query.sayfa(sayfa));
                if (rows.isEmpty() || rows.getFirst().satisKod() == previousFirst) {
                    break; // the status is exhausted, or the server ignores sayfa
                }
                if (rows.stream().anyMatch(row -> row.satisKod() == satisKod)) {
                    return true;
                }
                previousFirst = rows.getFirst().satisKod();
            }
        }
        return false;
    }

    private static int satisKod(String operation, Order order) {
        try {
            return Integer.parseInt(order.key() == null ? "" : order.key().trim());
        } catch (NumberFormatException e) {
            throw new ConnectorException.Validation(operation, "key", "key: '" + order.key()
                    + "' is not a FarmaBorsa sale code (satisKod)", null);
        }
    }
}
