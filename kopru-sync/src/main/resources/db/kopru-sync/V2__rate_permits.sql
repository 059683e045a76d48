-- Sliding-window rate limits per connection, shared by every pipeline and every node using the connection:
-- one row per permit holding the time it was last used; a call takes the oldest permit once a period has passed.
CREATE TABLE rate_permits (
    connection_id BIGINT NOT NULL REFERENCES connections (id),
    slot          INT    NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (connection_id, slot)
);
