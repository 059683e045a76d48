package dev.kopru.dia;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.Invoice;
import dev.kopru.dia.client.DiaModel;
import dev.kopru.dia.client.DiaQuery;
import dev.kopru.dia.client.Fatura;
import dev.kopru.dia.mapping.InvoiceMapping;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Invoices in {@code scf_fatura}, keyed by DİA's {@code _key} and found by {@code belgeno}. DİA's list rows carry
 * no lines, so each invoice of a page is got by key as well: a page of n invoices costs n + 1 (or n + 2) billed calls.
 */
final class Invoices implements EntityHandler<Invoice> {

    private final DiaModel<Fatura> model;
    private final Clock clock;
    private final int maxPageSize;
    private final int salesKind;
    private final int purchaseKind;

    Invoices(DiaModel<Fatura> model, Clock clock, int maxPageSize, int salesKind, int purchaseKind) {
        this.model = model;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
        this.salesKind = salesKind;
        this.purchaseKind = purchaseKind;
    }

    @Override
    public String entityName() {
        return "invoice";
    }

    @Override
    public Page<Invoice> read(ReadRequest request) {
        ReadFilters.check("scf_fatura_listele", request, Set.of());
        return ChangePages.read(request, model, clock, maxPageSize, Fatura::_date, Fatura::_key,
                row -> toInvoice(model.get(Long.parseLong(row._key()))));
    }

    @Override
    public Optional<Invoice> get(String key) {
        if (key == null || !key.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(toInvoice(model.get(Long.parseLong(key))));
        } catch (ConnectorException.NotFound absent) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Invoice> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals("number")) {
            throw ReadFilters.unknownNaturalKey("scf_fatura_listele", "invoice", naturalKey, List.of("number"));
        }
        return model.list(DiaQuery.first(2).where("belgeno", "=", naturalKey.value())).stream().findFirst()
                .flatMap(row -> get(row._key()));
    }

    @Override
    public NaturalKey naturalKeyOf(Invoice invoice) {
        if (invoice.number() == null || invoice.number().isBlank()) {
            throw new ConnectorException.Validation("scf_fatura_ekle", "number", "number: required, it is the belgeno"
                    + " an in-doubt invoice is found by", null);
        }
        return new NaturalKey("number", invoice.number());
    }

    @Override
    public String create(Invoice invoice) {
        naturalKeyOf(invoice);
        Fatura fatura = InvoiceMapping.toFatura(invoice, salesKind, purchaseKind);
        return Long.toString(VendorFields.CANONICAL.translating(() -> model.create(fatura)).key());
    }

    @Override
    public void delete(String key) {
        model.delete(Long.parseLong(key));
    }

    private Invoice toInvoice(Fatura fatura) {
        return InvoiceMapping.toInvoice(fatura, salesKind, purchaseKind);
    }
}
