-- The index on (pipeline_id, state) led PostgreSQL astray: planned while the table was empty (a pipeline's first
-- page), an update of one intent by (pipeline_id, source_key) went through it and read every intent of the pipeline,
-- so a first sync of n records cost O(n²) (1.2 ms a record at 20,000 records). Led by the state, the index no longer
-- competes with the primary key for those updates, and still finds a pipeline's unresolved (or in-doubt) intents.
DROP INDEX intents_by_state;
CREATE INDEX intents_by_state ON intents (state, pipeline_id, source_key);
