// Records one dated assessment of an entity (caller holds the entity's lock and saved its profile).
MATCH (e:Entity {id: $entityId})
CREATE (e)-[:HAS_ASSESSMENT]->(a:Assessment {id: $id})
SET a += $properties, a.recordedAt = $now, a.assessedBy = $actor.name, a.assessedById = $actor.id
RETURN a.id AS id
