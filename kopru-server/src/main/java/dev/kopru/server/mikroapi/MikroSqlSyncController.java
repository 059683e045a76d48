package dev.kopru.server.mikroapi;

import static dev.kopru.server.mikroapi.MikroCardsController.CONNECTION_HEADER;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.sql.SqlReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Seed 000's SQL query and sync endpoints: the unified SQL report, and pipeline runs. */
@RestController
@RequestMapping("/api/mikro")
@Tag(name = "Mikro drop-in")
class MikroSqlSyncController {

    record SqlQuery(String sql, Integer maxRows) {
    }

    record SyncRequest(@JsonProperty("sync_type") String syncType, Map<String, Object> filters) {
    }

    private final MikroConnections connections;
    private final SqlReportService reports;
    private final MikroSyncs syncs;

    MikroSqlSyncController(MikroConnections connections, SqlReportService reports, MikroSyncs syncs) {
        this.connections = connections;
        this.reports = reports;
        this.syncs = syncs;
    }

    @PostMapping("/api/sql/query")
    @Operation(summary = "Run a read-only SQL report through SqlVeriOkuV2 (one SELECT; maxRows default 1000, at most"
            + " 10000; 30 s)")
    Map<String, Object> query(@RequestBody SqlQuery body, @RequestParam(required = false) String connection,
                              @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        SqlReportService.SqlReport report = reports.run(target.connection(), body.sql(), body.maxRows());
        Map<String, Object> answer = Answers.success();
        answer.put("count", report.rows().size());
        answer.put("columns", report.columns());
        answer.put("rows", report.rows());
        answer.put("truncated", report.truncated());
        answer.put("elapsedMs", report.elapsedMs());
        return answer;
    }

    @PostMapping("/sync/cari")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start the pipeline that reads cari cards from this Mikro connection")
    Map<String, Object> syncCari(@RequestParam(required = false) String connection,
                                 @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        return started(syncs.start("cari", connections.resolve(connection, header).connection()));
    }

    @PostMapping("/sync")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start the pipeline for sync_type (cari, stok, fatura, siparis, irsaliye, tahsilat, hareket,"
            + " bakiye); a pipeline reads from its own cursor, so filters must be empty")
    Map<String, Object> sync(@RequestBody SyncRequest body, @RequestParam(required = false) String connection,
                             @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        if (body.filters() != null && !body.filters().isEmpty()) {
            throw new InvalidInputException("filters", "not supported; a pipeline reads from its own cursor (set"
                    + " or reset it with /api/v1/pipelines/{id}/state)");
        }
        return started(syncs.start(body.syncType(), connections.resolve(connection, header).connection()));
    }

    private static Map<String, Object> started(MikroSyncs.Started started) {
        Map<String, Object> answer = Answers.success();
        answer.put("message", started.triggered() == dev.kopru.sync.schedule.PipelineScheduler.Triggered.DUE
                ? "Senkronizasyon başlatıldı" : "Senkronizasyon zaten çalışıyor");
        answer.put("pipeline_id", started.pipeline().id());
        answer.put("pipeline", started.pipeline().name());
        answer.put("triggered", started.triggered());
        answer.put("events", started.events());
        return answer;
    }
}
