package dev.kopru.logo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.cursor.CursorCodec;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.AccountMovement;
import dev.kopru.core.model.Balance;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Side;
import dev.kopru.logo.client.LogoClient;
import dev.kopru.logo.client.LogoConfig;
import dev.kopru.logo.client.LogoPage;
import dev.kopru.logo.client.LogoQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Account movements and balances, read-only, through {@code queries?tsql=} over the cari movement lines
 * {@code LG_<firm>_<period>_CLFLINE} joined to the cari cards {@code LG_<firm>_CLCARD} (logo.md §4.5: the REST data
 * objects carry no balance). {@code SIGN} 0 is a debit, 1 a credit [inference: Logo's CLFLINE]; amounts in TL.
 */
final class Ledger {

    /** A keyset position: after this movement reference, or after this cari code. */
    record Position(String after) {
    }

    private static final CursorCodec<Position> MOVEMENTS = CursorCodec.of("logo.clfline.1", Position.class);
    private static final CursorCodec<Position> BALANCES = CursorCodec.of("logo.balance.1", Position.class);

    private Ledger() {
    }

    /** {@code LG_001} and {@code LG_001_01} for firm 1, period 01. */
    record Tables(String cards, String movements) {
        static Tables of(LogoConfig config, String period) {
            String firm = String.format("LG_%03d", Integer.parseInt(config.firmNo().trim()));
            return new Tables(firm + "_CLCARD", firm + "_" + period + "_CLFLINE");
        }
    }

    /** Movements keyed by {@code LOGICALREF}, in that order; filter {@code partyCode}. */
    static final class Movements implements EntityHandler<AccountMovement> {
        private static final String OP = "GET queries";
        private final LogoClient client;
        private final Tables tables;

        Movements(LogoClient client, Tables tables) {
            this.client = client;
            this.tables = tables;
        }

        @Override
        public String entityName() {
            return "account-movement";
        }

        @Override
        public Page<AccountMovement> read(ReadRequest request) {
            ReadFilters.check(OP, request, Set.of("partyCode"));
            Optional<Position> from = MOVEMENTS.decode(request, OP);
            String after = from.map(Position::after).orElse("0");
            if (!after.matches("\\d{1,10}")) {
                throw CursorCodec.refused(OP, "its position is not a movement reference");
            }
            String party = request.filters().get("partyCode");
            List<ObjectNode> rows = rows(client, select(tables) + " WHERE F.LOGICALREF > " + after
                    + (party == null ? "" : " AND C.CODE = " + LogoQuery.text(party))
                    + " ORDER BY F.LOGICALREF", request.pageSize());
            boolean last = rows.size() < request.pageSize();
            String next = rows.isEmpty() ? after : rows.getLast().path("LOGICALREF").asText();
            return new Page<>(rows.stream().map(Movements::movement).toList(),
                    MOVEMENTS.encode(new Position(next)), last);
        }

        @Override
        public Optional<AccountMovement> get(String key) {
            if (key == null || !key.matches("\\d{1,10}")) {
                return Optional.empty();
            }
            return rows(client, select(tables) + " WHERE F.LOGICALREF = " + key, 1).stream().findFirst()
                    .map(Movements::movement);
        }

        private static String select(Tables tables) {
            return "SELECT F.LOGICALREF, C.CODE, F.DATE_, F.MODULENR, F.TRCODE, F.TRANNO, F.SIGN, F.AMOUNT FROM "
                    + tables.movements() + " F JOIN " + tables.cards() + " C ON C.LOGICALREF = F.CLIENTREF";
        }

        private static AccountMovement movement(ObjectNode row) {
            String date = row.path("DATE_").asText("");
            return new AccountMovement(row.path("LOGICALREF").asText(), row.path("CODE").asText(null),
                    date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null,
                    "MODULENR " + row.path("MODULENR").asText() + " TRCODE " + row.path("TRCODE").asText(),
                    row.path("TRANNO").asText(null), row.path("SIGN").asInt(0) == 0 ? Side.DEBIT : Side.CREDIT,
                    new Money(amount(row.get("AMOUNT")), Money.TRY), null, null, null);
        }
    }

    /** One balance per cari card, keyed by its code, in code order. */
    static final class Balances implements EntityHandler<Balance> {
        private static final String OP = "GET queries";
        private final LogoClient client;
        private final Tables tables;
        private final Clock clock;

        Balances(LogoClient client, Tables tables, Clock clock) {
            this.client = client;
            this.tables = tables;
            this.clock = clock;
        }

        @Override
        public String entityName() {
            return "balance";
        }

        @Override
        public Page<Balance> read(ReadRequest request) {
            ReadFilters.check(OP, request, Set.of());
            Optional<Position> from = BALANCES.decode(request, OP);
            List<ObjectNode> rows = rows(client, select(tables, from.map(p -> "C.CODE > "
                    + LogoQuery.text(p.after())).orElse("1 = 1")), request.pageSize());
            boolean last = rows.size() < request.pageSize();
            String next = rows.isEmpty() ? from.map(Position::after).orElse("") : rows.getLast().path("CODE").asText();
            return new Page<>(rows.stream().map(this::balance).toList(), BALANCES.encode(new Position(next)), last);
        }

        @Override
        public Optional<Balance> get(String partyCode) {
            if (partyCode == null || partyCode.isBlank()) {
                return Optional.empty();
            }
            return rows(client, select(tables, "C.CODE = " + LogoQuery.text(partyCode)), 1).stream().findFirst()
                    .map(this::balance);
        }

        private static String select(Tables tables, String condition) {
            return "SELECT C.CODE, SUM(CASE WHEN F.SIGN = 0 THEN F.AMOUNT ELSE 0 END) AS DEBIT,"
                    + " SUM(CASE WHEN F.SIGN = 1 THEN F.AMOUNT ELSE 0 END) AS CREDIT FROM " + tables.cards()
                    + " C LEFT JOIN " + tables.movements() + " F ON F.CLIENTREF = C.LOGICALREF WHERE " + condition
                    + " GROUP BY C.CODE ORDER BY C.CODE";
        }

        private Balance balance(ObjectNode row) {
            BigDecimal debit = amount(row.get("DEBIT"));
            BigDecimal credit = amount(row.get("CREDIT"));
            return new Balance(row.path("CODE").asText(), new Money(debit, Money.TRY), new Money(credit, Money.TRY),
                    new Money(debit.subtract(credit), Money.TRY), clock.instant());
        }
    }

    /** The first {@code limit} rows of {@code sql}: one page of Logo's answer. */
    private static List<ObjectNode> rows(LogoClient client, String sql, int limit) {
        LogoPage page = client.query(sql, Math.max(1, Math.min(limit, LogoConfig.MAX_PAGE_SIZE)));
        return page.items();
    }

    private static BigDecimal amount(JsonNode value) {
        if (value == null || value.isNull()) {
            return BigDecimal.ZERO.setScale(2);
        }
        try {
            return new BigDecimal(value.asText()).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new ConnectorException.Transient("GET queries", "GET queries: Logo answered '" + value.asText()
                    + "' where an amount was expected", null, null);
        }
    }
}
