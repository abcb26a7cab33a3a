// Rate limits: one counter node per bucket, client and app instance (each instance writes only its
// own, and reads the others'), replacing one node per bucket and client that every request locked.
DROP CONSTRAINT rate_limit_key_unique IF EXISTS;
CREATE CONSTRAINT rate_limit_key_instance_unique IF NOT EXISTS FOR (n:RateLimit) REQUIRE (n.key, n.instance) IS UNIQUE;
CREATE INDEX rate_limit_key IF NOT EXISTS FOR (n:RateLimit) ON (n.key);
