// Takes the entity's write lock, then reads its profile (if any): see entities/lock-entity.cypher.
MATCH (e:Entity {id: $entityId})
SET e._lock = true
REMOVE e._lock
WITH e
OPTIONAL MATCH (e)-[:HAS_PROFILE]->(p:EngagementProfile)
RETURN e.id AS id, e.kind AS kind, e.retiredAt AS retiredAt, p {.*} AS profile
