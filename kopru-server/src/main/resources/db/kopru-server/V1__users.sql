-- The server's own tables, beside the engine's (kopru_server_schema_history). Same SQL for H2 and PostgreSQL.
-- Migration numbers are set aside per area so parallel work does not collide:
-- V1-V9 users and security, V10-V19 connections API, V20-V29 pipelines API, V30-V39 CLI, V40-V49 Mikro drop-in API.

CREATE TABLE users (
    username      VARCHAR(80)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
