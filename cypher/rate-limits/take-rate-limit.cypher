// One request of a client against its limit (server/repositories/rate-limits.ts), as a sliding-window
// counter: the requests of the current fixed window plus the previous window's, weighted by how much
// of it still overlaps the last $windowMs. The node's write lock is taken before it is read, so
// concurrent requests on every instance count once each. A refused request is not counted.
MERGE (r:RateLimit {key: $key})
  ON CREATE SET r.windowStart = $windowStart, r.count = 0, r.previousCount = 0
SET r._lock = true
REMOVE r._lock
WITH r,
     CASE r.windowStart WHEN $windowStart THEN r.count ELSE 0 END AS current,
     CASE r.windowStart
       WHEN $windowStart THEN r.previousCount
       WHEN $windowStart - $windowMs THEN r.count
       ELSE 0
     END AS previous
WITH r, current, previous,
     previous * (1.0 - toFloat($now - $windowStart) / $windowMs) + current + 1 <= $limit AS allowed
SET r.windowStart = $windowStart,
    r.previousCount = previous,
    r.count = CASE WHEN allowed THEN current + 1 ELSE current END,
    r.expiresAt = $windowStart + 2 * $windowMs
RETURN allowed, r.count AS current, previous
