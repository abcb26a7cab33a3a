// Engagement profiles of the given entities (the DataLoader batch behind Entity.engagement): the
// current stance, power and interest are the latest assessment's; contactDates feed health.
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[:HAS_PROFILE]->(p:EngagementProfile)
WITH e, p, COLLECT { MATCH (e)-[:HAS_ASSESSMENT]->(a:Assessment) RETURN a {.*} ORDER BY a.date, a.recordedAt } AS history
WITH e, p, history, history[-1] AS current
RETURN e.id AS entityId, p {.*, stance: current.stance, power: current.power, interest: current.interest,
  history: history,
  contactDates: COLLECT { MATCH (i:Interaction)-[:INVOLVES]->(e) RETURN DISTINCT i.date AS date }} AS profile
