package dev.kopru.core.connector;

import dev.kopru.core.model.AccountMovement;
import dev.kopru.core.model.Balance;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.Listing;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.Payment;
import java.util.List;
import java.util.Optional;

/**
 * A canonical entity, typed by the record that carries it, so that {@code connector.get(Entity.PARTY, "120.01")}
 * returns a {@link Party} without casts.
 */
public record Entity<T extends CanonicalRecord>(String name, Class<T> type) {

    public static final Entity<Party> PARTY = new Entity<>("party", Party.class);
    public static final Entity<Item> ITEM = new Entity<>("item", Item.class);
    public static final Entity<Invoice> INVOICE = new Entity<>("invoice", Invoice.class);
    public static final Entity<Order> ORDER = new Entity<>("order", Order.class);
    public static final Entity<DispatchNote> DISPATCH_NOTE = new Entity<>("dispatch-note", DispatchNote.class);
    public static final Entity<Payment> PAYMENT = new Entity<>("payment", Payment.class);
    public static final Entity<AccountMovement> ACCOUNT_MOVEMENT = new Entity<>("account-movement", AccountMovement.class);
    public static final Entity<Balance> BALANCE = new Entity<>("balance", Balance.class);
    public static final Entity<Listing> LISTING = new Entity<>("listing", Listing.class);

    public static final List<Entity<?>> ALL =
            List.of(PARTY, ITEM, INVOICE, ORDER, DISPATCH_NOTE, PAYMENT, ACCOUNT_MOVEMENT, BALANCE, LISTING);

    public static Optional<Entity<?>> byName(String name) {
        return ALL.stream().filter(e -> e.name.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
