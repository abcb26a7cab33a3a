// Rate limits: one counter node per bucket and client, shared by every instance of the app.
CREATE CONSTRAINT rate_limit_key_unique IF NOT EXISTS FOR (n:RateLimit) REQUIRE n.key IS UNIQUE;
CREATE INDEX rate_limit_expires_at IF NOT EXISTS FOR (n:RateLimit) ON (n.expiresAt);
