// One instance's counts for one client (server/repositories/rate-limits.ts): its own counter node,
// which only this instance writes (so no request waits on another's lock), and the other instances'
// counts for the same client, for the current and the previous window, and how many count.
MERGE (r:RateLimit {key: $key, instance: $instance})
SET r.windowStart = $windowStart,
    r.count = $count,
    r.previousCount = $previousCount,
    r.expiresAt = $windowStart + 2 * $windowMs
WITH r
OPTIONAL MATCH (other:RateLimit {key: $key})
  WHERE other.instance <> $instance
RETURN
  count(CASE WHEN other.windowStart >= $windowStart - $windowMs THEN other END) AS instances,
  sum(CASE other.windowStart WHEN $windowStart THEN other.count ELSE 0 END) AS current,
  sum(
    CASE other.windowStart
      WHEN $windowStart THEN other.previousCount
      WHEN $windowStart - $windowMs THEN other.count
      ELSE 0
    END
  ) AS previous
