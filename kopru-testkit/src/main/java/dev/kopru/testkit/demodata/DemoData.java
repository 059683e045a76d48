package dev.kopru.testkit.demodata;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic Turkish demo data: {@code size} parties, {@code size} items and {@code size} invoices, each computed
 * on demand from (seed, index) alone. Nothing is generated ahead or kept, so a million-record set costs no memory
 * until it is read, {@code party(999_999)} costs the same as {@code party(0)}, and the streams can be consumed
 * lazily. The same seed gives the same records on every run and JDK.
 *
 * <pre>{@code
 * DemoData data = DemoData.of(42, 1_000);
 * DemoParty customer = data.party(0);           // 120.01.00001, with a valid VKN or TCKN
 * data.items().filter(i -> i.kind() == DemoItem.Kind.PHARMACY).forEach(sandbox::insert);
 * }</pre>
 *
 * @param referenceDate the "today" of the data: expiry dates fall after it and invoice dates in the year before
 *                      it. Fixed by default so that data stays the same; a sandbox may pass its clock's date.
 */
public record DemoData(long seed, int size, LocalDate referenceDate) {
    /** Tax ids and barcodes are unique within a data set up to this size (they are drawn from 9-digit ranges). */
    public static final int MAX_SIZE = 100_000_000;
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    public DemoData {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: " + size + " must be between 0 and " + MAX_SIZE);
        }
        Objects.requireNonNull(referenceDate, "referenceDate");
    }

    public static DemoData of(long seed, int size) {
        return new DemoData(seed, size, DEFAULT_REFERENCE_DATE);
    }

    public DemoData withReferenceDate(LocalDate date) {
        return new DemoData(seed, size, date);
    }

    /** Party {@code index} (0-based); every fifth one is a supplier. */
    /**
     * Every tax office a demo party of any seed and size may name: an ERP that links offices from its own table (DİA's
     * {@code sis_vergidairesi}) holds them all, as a real company's national table does.
     */
    public static java.util.List<String> taxOffices() {
        return Parties.allTaxOffices();
    }

    public DemoParty party(int index) {
        return Parties.create(seed, checkIndex(index));
    }

    public Stream<DemoParty> parties() {
        return IntStream.range(0, size).mapToObj(this::party);
    }

    /** Item {@code index} (0-based), whose code is {@code STK-} and {@code index + 1}. */
    public DemoItem item(int index) {
        return Items.create(seed, checkIndex(index), referenceDate);
    }

    public Stream<DemoItem> items() {
        return IntStream.range(0, size).mapToObj(this::item);
    }

    /** Invoice {@code index} (0-based), to one of this set's customers, for some of its items. */
    public DemoInvoice invoice(int index) {
        return Invoices.create(this, checkIndex(index));
    }

    public Stream<DemoInvoice> invoices() {
        return IntStream.range(0, size).mapToObj(this::invoice);
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index: " + index + " is outside 0.." + (size - 1)
                    + " of a demo data set of size " + size);
        }
        return index;
    }
}
