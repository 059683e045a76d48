-- What the API was told about each pipeline's automatic runs: its schedule (an interval or a cron expression, or
-- none) and whether it is paused. db-scheduler's `scheduled_tasks` row is made to follow this table; `applied` says
-- it does (false while a change waits for the pipeline's run to end), `revision` counts changes so a late apply of
-- an older change does not mark a newer one applied.
CREATE TABLE pipeline_schedules (
    pipeline_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES pipelines (id),
    schedule_kind  VARCHAR(8),
    schedule_value VARCHAR(120),
    paused         BOOLEAN      NOT NULL,
    applied        BOOLEAN      NOT NULL,
    revision       INT          NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
