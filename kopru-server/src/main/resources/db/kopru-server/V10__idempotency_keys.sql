-- Idempotency-Key on the unified API's creates: the first request with a key stores the hash of what it asked and,
-- once done, its answer (status and the record's key); the same key with the same request gets that answer again,
-- with another request a 422. status is NULL while the first request is still at it.
CREATE TABLE idempotency_keys (
    connection_id   BIGINT       NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INT,
    record_key      VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (connection_id, idempotency_key)
);
