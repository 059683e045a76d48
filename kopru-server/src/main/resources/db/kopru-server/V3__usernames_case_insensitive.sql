-- User names are unique whatever their case ('Vera' is 'vera'): the lower-case name is the key every lookup uses.
-- Names are ASCII letters, digits and . _ @ - only, so lower case is the same in every locale.
ALTER TABLE users ADD COLUMN username_key VARCHAR(80);
UPDATE users SET username_key = LOWER(username);
ALTER TABLE users ALTER COLUMN username_key SET NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_username_key UNIQUE (username_key);
