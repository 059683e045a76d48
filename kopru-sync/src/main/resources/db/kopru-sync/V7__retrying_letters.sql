-- A record whose write failed only transiently (5xx, resets; retries exhausted) is kept RETRYING in dead_letters:
-- later runs try it again after retry_after (the wait doubles with each run), and it becomes an OPEN dead letter
-- only after retry_runs reaches the pipeline's limit. Runs count the records they left retrying.
ALTER TABLE dead_letters ADD COLUMN retry_runs INT DEFAULT 0 NOT NULL;
ALTER TABLE dead_letters ADD COLUMN retry_after TIMESTAMP WITH TIME ZONE;
ALTER TABLE runs ADD COLUMN records_retrying BIGINT DEFAULT 0 NOT NULL;
