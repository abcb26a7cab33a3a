// This instance's counts for one or more clients (server/repositories/rate-limits.ts), each in a
// counter node of its own that only this instance writes (so no request waits on another's lock),
// and, per client, the other instances' counts for the current and the previous window and how many
// count. One client before a decision near its limit; every client counted meanwhile after answers.
UNWIND $counts AS counted
MERGE (r:RateLimit {key: counted.key, instance: $instance})
SET r.windowStart = counted.windowStart,
    r.count = counted.count,
    r.previousCount = counted.previousCount,
    r.expiresAt = counted.windowStart + 2 * counted.windowMs
WITH counted.key AS key, counted.windowStart AS windowStart, counted.windowMs AS windowMs
OPTIONAL MATCH (other:RateLimit {key: key})
  WHERE other.instance <> $instance
RETURN
  key,
  count(CASE WHEN other.windowStart >= windowStart - windowMs THEN other END) AS instances,
  sum(CASE other.windowStart WHEN windowStart THEN other.count ELSE 0 END) AS current,
  sum(
    CASE other.windowStart
      WHEN windowStart THEN other.previousCount
      WHEN windowStart - windowMs THEN other.count
      ELSE 0
    END
  ) AS previous
