package dev.kopru.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the builders of invoices, orders and dispatch notes share: the fields every trade document has, set by name.
 * {@code B} is the concrete builder, so that a chain of setters keeps it; unset fields are {@code null}.
 */
public abstract class DocumentBuilder<B extends DocumentBuilder<B>> {
    String key;
    String number;
    String series;
    DocumentDirection direction;
    LocalDate date;
    String partyCode;
    String currency;
    List<DocumentLine> lines = List.of();
    StatedTotals statedTotals;
    String note;
    Instant changedAt;

    DocumentBuilder() {
    }

    /** Takes the shared fields of {@code document}, for its {@code toBuilder()}. */
    <D extends TradeDocument & CanonicalRecord> B from(D document) {
        key = document.key();
        number = document.number();
        series = document.series();
        direction = document.direction();
        date = document.date();
        partyCode = document.partyCode();
        currency = document.currency();
        lines = document.lines();
        statedTotals = document.statedTotals();
        note = document.note();
        changedAt = document.changedAt();
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    public B key(String key) {
        this.key = key;
        return self();
    }

    public B number(String number) {
        this.number = number;
        return self();
    }

    public B series(String series) {
        this.series = series;
        return self();
    }

    public B direction(DocumentDirection direction) {
        this.direction = direction;
        return self();
    }

    public B date(LocalDate date) {
        this.date = date;
        return self();
    }

    public B partyCode(String partyCode) {
        this.partyCode = partyCode;
        return self();
    }

    public B currency(String currency) {
        this.currency = currency;
        return self();
    }

    public B lines(List<DocumentLine> lines) {
        this.lines = lines;
        return self();
    }

    public B statedTotals(StatedTotals statedTotals) {
        this.statedTotals = statedTotals;
        return self();
    }

    public B note(String note) {
        this.note = note;
        return self();
    }

    public B changedAt(Instant changedAt) {
        this.changedAt = changedAt;
        return self();
    }
}
