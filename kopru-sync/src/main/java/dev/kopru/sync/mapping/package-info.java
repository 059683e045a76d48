/**
 * Pipelines between different entities: a {@link dev.kopru.sync.mapping.RecordMapping} turns each source record into
 * the target record (FarmaBorsa order → Mikro sales invoice, Mikro stock item → FarmaBorsa listing), configured from
 * the pipeline's options and checked when the pipeline is defined ({@link dev.kopru.sync.mapping.Mappings}). The
 * exactly-once writer sees only the target record: its content hash and natural key are the target's. Steps that
 * follow a write (confirm the order, attach the invoice link) are {@link dev.kopru.sync.mapping.AfterWriteStep}s,
 * safe to repeat, whose progress the engine records so that a crash resumes them.
 */
package dev.kopru.sync.mapping;
