// Every other instance's counters still in a window that counts (server/repositories/rate-limits.ts):
// one read keeps this instance's view of all clients fresh, instead of one write per client before
// deciding. By the expiry index, so its cost follows the clients active in the last two windows.
MATCH (r:RateLimit)
WHERE r.expiresAt > $now AND r.instance <> $instance
RETURN r.key AS key, r.windowStart AS windowStart, r.count AS count, r.previousCount AS previousCount
