-- A user can be disabled (kept, but refused at login) and every change of a user's password, status or existence
-- bumps credentials_version: sessions and cached Basic logins made under an older version end.
ALTER TABLE users ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE users ADD COLUMN credentials_version INT DEFAULT 0 NOT NULL;
