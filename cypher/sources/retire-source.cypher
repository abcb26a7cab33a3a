// Retires a source: its citations stay readable, but no new citation may point to it.
MATCH (s:Source {id: $id})
SET s.retiredAt = toString(datetime()), s.retiredBy = $actor, s.retireReason = $reason,
    s.version = coalesce(s.version, 1) + 1, s.updatedAt = toString(datetime()), s.updatedBy = $actor
RETURN s.version AS version
