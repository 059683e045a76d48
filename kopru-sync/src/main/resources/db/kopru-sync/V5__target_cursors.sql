-- Two-way pipelines read both sides: `cursors` holds where the next read of the source (side A) starts, this
-- table where the next read of the target (side B) starts. One-way pipelines never write here.
CREATE TABLE target_cursors (
    pipeline_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES pipelines (id),
    cursor_value VARCHAR NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
