// Takes the entity's write lock, then reads its profile (if any) with its current assessment's
// position: see entities/lock-entity.cypher.
MATCH (e:Entity {id: $entityId})
SET e._lock = true
REMOVE e._lock
WITH e
OPTIONAL MATCH (e)-[:HAS_PROFILE]->(p:EngagementProfile)
WITH e, p, COLLECT { MATCH (e)-[:HAS_ASSESSMENT]->(a:Assessment) RETURN a {.*} ORDER BY a.date DESC, a.recordedAt DESC LIMIT 1 }[0] AS current
RETURN e.id AS id, e.kind AS kind, e.retiredAt AS retiredAt,
  CASE WHEN p IS NULL THEN null ELSE p {.*, stance: current.stance, power: current.power, interest: current.interest} END AS profile
