-- Creates made outside pipelines (the unified API, the Mikro drop-in) follow the same intent protocol, with one
-- intent per (connection, entity, natural key): the primary key serialises concurrent or retried creates of one
-- natural key, so they make one record. `owner` is the request sending it now (NULL once it let go), `updated_at`
-- its lease; `target_key` is the record's key once it is DONE.
CREATE TABLE keyed_intents (
    connection_id BIGINT       NOT NULL REFERENCES connections (id),
    entity        VARCHAR(40)  NOT NULL,
    key_name      VARCHAR(60)  NOT NULL,
    key_value     VARCHAR(200) NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    target_key    VARCHAR(200),
    owner         VARCHAR(64),
    attempts      INT          NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (connection_id, entity, key_name, key_value)
);
