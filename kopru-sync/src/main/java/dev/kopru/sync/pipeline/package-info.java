/**
 * Running pipelines: {@link dev.kopru.sync.pipeline.PipelineRunner} (one-way, page by page from the committed
 * cursor), {@link dev.kopru.sync.pipeline.RunLeases} (one node per pipeline at a time),
 * {@link dev.kopru.sync.pipeline.DeadLetterReplay}, {@link dev.kopru.sync.pipeline.PipelineState}.
 * Scheduling (db-scheduler) is not here yet.
 */
package dev.kopru.sync.pipeline;
