// Retires a source: its citations stay readable, but no new citation may point to it.
MATCH (s:Source {id: $id})
SET s.retiredAt = toString(datetime()), s.retiredBy = $actor.name, s.retireReason = $reason,
    s.version = coalesce(s.version, 1) + 1, s.updatedAt = toString(datetime()), s.updatedBy = $actor.name
RETURN s.version AS version
