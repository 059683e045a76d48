-- Steps that follow a write (confirm the order at the source, attach the invoice link): one row per record and
-- step, PENDING until the step is done, so that a crash between the write and its steps resumes them. The source
-- record and the written record (JSON) travel with the row: the steps run after the run's read, from the table.
CREATE TABLE after_writes (
    pipeline_id BIGINT       NOT NULL REFERENCES pipelines (id),
    source_key  VARCHAR(200) NOT NULL,
    step        VARCHAR(40)  NOT NULL,
    target_key  VARCHAR(200) NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    attempts    INT          NOT NULL,
    last_error  VARCHAR,
    source_record  VARCHAR NOT NULL,
    written_record VARCHAR NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pipeline_id, source_key, step)
);
CREATE INDEX after_writes_by_state ON after_writes (pipeline_id, state, source_key);
