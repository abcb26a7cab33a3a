// Retires an entity: kept (for the audit log and history), left out of every graph query.
MATCH (e:Entity {id: $id})
SET e.retiredAt = toString(datetime()), e.retiredBy = $actor.name, e.retireReason = $reason,
    e.version = e.version + 1, e.updatedAt = toString(datetime()), e.updatedBy = $actor.name
RETURN e.version AS version
