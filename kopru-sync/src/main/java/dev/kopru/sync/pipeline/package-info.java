/**
 * Running pipelines: {@link dev.kopru.sync.pipeline.PipelineRunner} (one-way, page by page from the committed
 * cursor), {@link dev.kopru.sync.pipeline.RunLeases} (one node per pipeline at a time),
 * {@link dev.kopru.sync.pipeline.DeadLetterReplay}, {@link dev.kopru.sync.pipeline.PipelineState}.
 * Scheduled runs go through {@link dev.kopru.sync.schedule.PipelineScheduler}, whose db-scheduler execution is the
 * lease instead ({@link dev.kopru.sync.pipeline.PipelineRunner#runExclusively}).
 */
package dev.kopru.sync.pipeline;
