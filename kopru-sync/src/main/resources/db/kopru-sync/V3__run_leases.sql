-- At most one node runs a pipeline at a time: the node holding the lease renews it after every committed page;
-- a node that dies stops renewing, and once the lease has expired another node may take it and resume the run
-- from the last committed cursor.
CREATE TABLE run_leases (
    pipeline_id BIGINT       NOT NULL PRIMARY KEY REFERENCES pipelines (id),
    owner       VARCHAR(120) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
