// Brings a retired relationship back, found from its ends as in graph/lock-relationship (whose
// lock the caller holds).
MATCH (:Entity {id: $source})-[r]->(:Entity {id: $target})
WHERE r.id = $id
REMOVE r.retiredAt, r.retiredBy, r.retireReason
SET r.version = r.version + 1, r.updatedAt = toString(datetime()), r.updatedBy = $actor.name
RETURN r.version AS version
