package dev.kopru.mikro;

import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.Payment;
import dev.kopru.mikro.client.FaturaEvragi;
import dev.kopru.mikro.client.IrsaliyeEvragi;
import dev.kopru.mikro.client.KayitSonucu;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.SiparisEvragi;
import dev.kopru.mikro.client.TahsilatTediyeEvragi;
import dev.kopru.mikro.mapping.DispatchNoteMapping;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.mapping.InvoiceMapping;
import dev.kopru.mikro.mapping.OrderMapping;
import dev.kopru.mikro.mapping.PaymentMapping;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What one kind of document is to {@link SqlDocuments}: its entity name, the Mikro method that writes it and the
 * mapping to that method's document ({@code toWire}, given the method's name for its refusals), its number and key,
 * and how it is read back.
 *
 * @param <T> the canonical record
 * @param <W> the wire document the write method takes
 */
record DocumentKind<T, W>(String entityName, String writeMethod, BiFunction<String, T, W> toWire,
                          BiFunction<MikroClient, List<W>, List<KayitSonucu>> save, Function<T, String> number,
                          Function<T, String> key, DocumentReads<T> reads) {

    private static final String READ = SqlDocuments.READ;

    /**
     * Sales invoices: written with FaturaKaydetV2 (whose page documents the {@code detay[]} lines; V3's does not), or
     * AlimSatimEvragiKaydetV2 when they have service lines, read back as a CARI_HESAP_HAREKETLERI header with its STOK_HAREKETLERI lines.
     */
    static DocumentKind<Invoice, FaturaEvragi> invoices(DocumentSettings settings) {
        return new DocumentKind<>("invoice", "FaturaKaydetV2",
                (operation, invoice) -> InvoiceMapping.toFatura(operation, invoice, settings),
                Invoices::save, Invoice::number, Invoice::key,
                new DocumentReads.Headers<>((top, after) -> InvoiceMapping.headersPage(settings, top, after),
                        InvoiceMapping::keyOf, key -> InvoiceMapping.headerByKey(settings, key),
                        number -> InvoiceMapping.headersByNumber(READ, settings, number), InvoiceMapping::lines,
                        InvoiceMapping::fromRows));
    }

    /** Sales orders: written with SiparisKaydetV2, read back from SIPARISLER. */
    static DocumentKind<Order, SiparisEvragi> orders(DocumentSettings settings) {
        return new DocumentKind<>("order", "SiparisKaydetV2",
                (operation, order) -> OrderMapping.toSiparis(operation, order, settings),
                MikroClient::siparisKaydetV2, Order::number, Order::key,
                new DocumentReads.Lines<>(OrderMapping::keysPage, OrderMapping::keyOf,
                        keys -> OrderMapping.rowsOf(settings, keys),
                        number -> OrderMapping.rowsByNumber(READ, settings, number), OrderMapping::fromRows));
    }

    /** Sales dispatch notes: written with IrsaliyeKaydetV2, read back from STOK_HAREKETLERI. */
    static DocumentKind<DispatchNote, IrsaliyeEvragi> dispatchNotes(DocumentSettings settings) {
        return new DocumentKind<>("dispatch-note", "IrsaliyeKaydetV2",
                (operation, note) -> DispatchNoteMapping.toIrsaliye(operation, note, settings),
                MikroClient::irsaliyeKaydetV2, DispatchNote::number, DispatchNote::key,
                new DocumentReads.Lines<>(DispatchNoteMapping::keysPage, DispatchNoteMapping::keyOf,
                        keys -> DispatchNoteMapping.rowsOf(settings, keys),
                        number -> DispatchNoteMapping.rowsByNumber(READ, settings, number),
                        DispatchNoteMapping::fromRows));
    }

    /** Cash receipts: written with TahsilatTediyeKaydetV3, read back from CARI_HESAP_HAREKETLERI, one row each. */
    static DocumentKind<Payment, TahsilatTediyeEvragi> payments(DocumentSettings settings) {
        return new DocumentKind<>("payment", "TahsilatTediyeKaydetV3",
                (operation, payment) -> PaymentMapping.toTahsilat(operation, payment, settings),
                MikroClient::tahsilatTediyeKaydetV3, Payment::number, Payment::key,
                DocumentReads.Headers.alone((top, after) -> PaymentMapping.page(settings, top, after),
                        PaymentMapping::keyOf, key -> PaymentMapping.byKey(settings, key),
                        number -> PaymentMapping.byNumber(READ, settings, number), PaymentMapping::fromRow));
    }
}
