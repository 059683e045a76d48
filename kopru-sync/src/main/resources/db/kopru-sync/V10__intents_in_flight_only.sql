-- A create's intent is removed in the transaction that commits its link, instead of being kept as DONE: the link
-- records the create from then on. The table then holds only creates in flight or in doubt, so finishing a create
-- costs one row operation instead of three (an update that also moved the row in the state index), and the index on
-- (pipeline_id, state) goes: a pipeline's intents are all unresolved. That index had also misled PostgreSQL: planned
-- while the table was empty, an update of one intent by (pipeline_id, source_key) went through it and read every
-- intent of the pipeline, so a first sync of n records cost O(n²) (1.2 ms a record at 20,000 records).
DELETE FROM intents WHERE state = 'DONE';
DROP INDEX intents_by_state;
