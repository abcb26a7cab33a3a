// Counters whose windows have both ended: they no longer limit anyone. The lock is taken before the
// second look, so a counter a request has just renewed is kept.
MATCH (r:RateLimit)
WHERE r.expiresAt < $now
WITH r
LIMIT 1000
SET r._lock = true
REMOVE r._lock
WITH r
WHERE r.expiresAt < $now
DELETE r
RETURN count(*) AS deleted
