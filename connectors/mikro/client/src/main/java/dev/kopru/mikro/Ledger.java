package dev.kopru.mikro;

import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.AccountMovement;
import dev.kopru.core.model.Balance;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.mapping.LedgerMapping;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Account movements and balances: read-only, through SqlVeriOkuV2 over CARI_HESAP_HAREKETLERI. */
final class Ledger {

    private static final String READ = "SqlVeriOkuV2";
    private static final Pattern GUID =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private Ledger() {
    }

    /** Movements, keyed by cha_Guid, paged in Guid order; filter {@code partyCode}. */
    static final class Movements implements EntityHandler<AccountMovement> {
        static final Set<String> FILTERS = Set.of("partyCode");
        private final MikroClient client;
        private final DocumentSettings settings;
        private final int maxPageSize;

        Movements(MikroClient client, DocumentSettings settings, int maxPageSize) {
            this.client = client;
            this.settings = settings;
            this.maxPageSize = maxPageSize;
        }

        @Override
        public String entityName() {
            return "account-movement";
        }

        @Override
        public Page<AccountMovement> read(ReadRequest request) {
            ReadFilters.check(READ, request, FILTERS);
            KeysetCursor position = KeysetCursor.from(request, READ, 1);
            int size = Math.min(request.pageSize(), maxPageSize);
            List<SqlRow> rows = client.sqlVeriOkuV2(LedgerMapping.movementsPage(READ, settings, size,
                    position.atStart() ? null : position.values().get(0), request.filters().get("partyCode")));
            KeysetCursor next = rows.isEmpty() ? position
                    : new KeysetCursor(List.of(rows.get(rows.size() - 1).text("cha_Guid")));
            return new Page<>(rows.stream().map(LedgerMapping::movement).toList(), next.encode(), rows.size() < size);
        }

        @Override
        public Optional<AccountMovement> get(String key) {
            // cha_Guid is a uniqueidentifier: any other text is no movement, and would only make SQL Server fail.
            if (key == null || !GUID.matcher(key).matches()) {
                return Optional.empty();
            }
            return client.sqlVeriOkuV2(LedgerMapping.movementByKey(READ, settings, key)).stream()
                    .map(LedgerMapping::movement).findFirst();
        }
    }

    /** Balances per party (debit, credit, debit − credit), keyed and paged by party code. */
    static final class Balances implements EntityHandler<Balance> {
        private final MikroClient client;
        private final Clock clock;
        private final int maxPageSize;

        Balances(MikroClient client, Clock clock, int maxPageSize) {
            this.client = client;
            this.clock = clock;
            this.maxPageSize = maxPageSize;
        }

        @Override
        public String entityName() {
            return "balance";
        }

        @Override
        public Page<Balance> read(ReadRequest request) {
            ReadFilters.check(READ, request, Set.of());
            KeysetCursor position = KeysetCursor.from(request, READ, 1);
            int size = Math.min(request.pageSize(), maxPageSize);
            List<SqlRow> rows = client.sqlVeriOkuV2(
                    LedgerMapping.balancesPage(size, position.atStart() ? null : position.values().get(0)));
            KeysetCursor next = rows.isEmpty() ? position
                    : new KeysetCursor(List.of(rows.get(rows.size() - 1).text("cha_kod")));
            return new Page<>(rows.stream().map(r -> LedgerMapping.balance(r, clock.instant())).toList(),
                    next.encode(), rows.size() < size);
        }

        @Override
        public Optional<Balance> get(String partyCode) {
            if (partyCode == null || partyCode.isBlank()) {
                return Optional.empty();
            }
            return client.sqlVeriOkuV2(LedgerMapping.balanceOf(READ, partyCode)).stream()
                    .map(r -> LedgerMapping.balance(r, clock.instant())).findFirst();
        }
    }
}
