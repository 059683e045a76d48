/**
 * Scheduling with db-scheduler on the store's database: {@link dev.kopru.sync.schedule.PipelineScheduler} turns an
 * interval or cron schedule, a "run now" and a webhook call into executions of one task instance per pipeline. The
 * node that picks an execution heartbeats it; when the heartbeats stop (the node died) another node revives the
 * execution and runs the pipeline again from its last committed cursor.
 */
package dev.kopru.sync.schedule;
