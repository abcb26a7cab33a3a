// Brings a retired entity back into the graph. The caller holds its lock (entities/lock-entity).
MATCH (e:Entity {id: $id})
REMOVE e.retiredAt, e.retiredBy, e.retireReason
SET e.version = e.version + 1, e.updatedAt = toString(datetime()), e.updatedBy = $actor.name
RETURN e.version AS version
