// The stakeholder register: every live entity with a profile, soonest next action first. The
// current stance, power and interest are the latest assessment's; contactDates feed health.
MATCH (e:Entity)-[:HAS_PROFILE]->(p:EngagementProfile)
WHERE e.retiredAt IS NULL
WITH e, p, COLLECT { MATCH (e)-[:HAS_ASSESSMENT]->(a:Assessment) RETURN a {.*} ORDER BY a.date, a.recordedAt } AS history
WITH e, p, history, history[-1] AS current
RETURN e.id AS entityId, e.name AS name, e.kind AS kind,
  p {.*, stance: current.stance, power: current.power, interest: current.interest,
    history: history,
    contactDates: COLLECT { MATCH (i:Interaction)-[:INVOLVES]->(e) RETURN DISTINCT i.date AS date }} AS profile
ORDER BY p.nextActionDue IS NULL, p.nextActionDue, e.name
