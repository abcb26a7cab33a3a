// Engagement profiles of the given entities (the DataLoader batch behind Entity.engagement).
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[:HAS_PROFILE]->(p:EngagementProfile)
RETURN e.id AS entityId, p {.*} AS profile
