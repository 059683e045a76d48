package dev.kopru.server.sql;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/connections/{id}/sql}: a read-only SQL report, where the vendor offers SQL. */
@RestController
class SqlReportController {

    /** {@code maxRows}: 1 to 10,000, default 1,000. */
    record SqlQuery(String sql, Integer maxRows) {
    }

    private final SqlReportService reports;

    SqlReportController(SqlReportService reports) {
        this.reports = reports;
    }

    @PostMapping("/api/v1/connections/{id}/sql")
    @Operation(summary = "Run a read-only SQL report (one SELECT; at most maxRows rows and 30 s) on a connection whose"
            + " vendor offers SQL, such as Mikro")
    SqlReportService.SqlReport query(@PathVariable long id, @RequestBody SqlQuery query) {
        return reports.run(id, query.sql(), query.maxRows());
    }
}
