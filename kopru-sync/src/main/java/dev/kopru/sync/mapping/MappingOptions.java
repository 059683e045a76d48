package dev.kopru.sync.mapping;

/** The options of one mapping, as Jackson read them; they make the mapping a run uses. */
public sealed interface MappingOptions permits OrderToInvoice.Options, ItemToListing.Options,
        CustomerByTaxId.Options, SalesInvoiceOfCustomer.Options, CollectionOfCustomer.Options {

    RecordMapping<?, ?> mapping();
}
