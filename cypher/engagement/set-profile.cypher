// Creates or replaces an entity's engagement profile and bumps its version (caller holds the lock).
MATCH (e:Entity {id: $entityId})
MERGE (e)-[:HAS_PROFILE]->(p:EngagementProfile)
  ON CREATE SET p.version = 0
SET p += $properties, p.version = p.version + 1, p.updatedAt = $now, p.updatedBy = $actor.name, p.updatedById = $actor.id
RETURN p.version AS version
