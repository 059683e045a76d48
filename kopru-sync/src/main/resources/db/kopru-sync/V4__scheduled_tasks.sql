-- db-scheduler's table (its documented PostgreSQL layout, in types H2 accepts too: VARCHAR for text, BYTEA for the
-- serialized task data). One row per task instance; the node that picks a row owns the execution and heartbeats it;
-- a row whose heartbeat goes stale is revived and picked by another node.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR      NOT NULL,
    task_instance        VARCHAR      NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);
