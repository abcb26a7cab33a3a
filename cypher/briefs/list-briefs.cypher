// Briefs, latest meeting first (then newest first), at most $first.
MATCH (b:Brief)
RETURN b {.*} AS brief
ORDER BY b.meetingDate DESC, b.createdAt DESC
LIMIT toInteger($first)
