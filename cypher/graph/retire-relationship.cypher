// Found from its ends, as in graph/lock-relationship.
MATCH (:Entity {id: $source})-[r]->(:Entity {id: $target})
WHERE r.id = $id
SET r.retiredAt = toString(datetime()), r.retiredBy = $actor.name, r.retireReason = $reason,
    r.version = r.version + 1, r.updatedAt = toString(datetime()), r.updatedBy = $actor.name
RETURN r.version AS version
