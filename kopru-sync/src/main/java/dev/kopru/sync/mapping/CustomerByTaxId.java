package dev.kopru.sync.mapping;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Party;

/**
 * A source's customer (a Wiradius subscriber) → the target's cari card coded {@code customerCodePrefix} + its VKN/TCKN,
 * with its tax office and address. The same code the invoice and collection mappings give a customer they meet first,
 * so the card is looked up by that code before it is created: a card opened by another pipeline is linked, not
 * opened twice. A customer without a tax id is dead-lettered.
 */
public final class CustomerByTaxId implements RecordMapping<Party, Party> {

    static final String NAME = "customer-by-tax-id";
    static final String DEFAULT_PREFIX = "120.WR.";

    /** The mapping's options as Jackson reads them. */
    public record Options(String customerCodePrefix) implements MappingOptions {

        public Options {
            customerCodePrefix = Customers.codePrefix("customerCodePrefix", customerCodePrefix, DEFAULT_PREFIX);
        }

        @Override
        public CustomerByTaxId mapping() {
            return new CustomerByTaxId(customerCodePrefix);
        }
    }

    private final String codePrefix;

    CustomerByTaxId(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    @Override
    public Entity<Party> source() {
        return Entity.PARTY;
    }

    @Override
    public Entity<Party> target() {
        return Entity.PARTY;
    }

    @Override
    public boolean findsBeforeCreating() {
        return true;
    }

    @Override
    public Party map(Party customer, MappingContext context) {
        return Customers.of(customer, codePrefix, "taxId");
    }
}
