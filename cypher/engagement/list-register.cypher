// The stakeholder register: every live entity with a profile, soonest next action first.
MATCH (e:Entity)-[:HAS_PROFILE]->(p:EngagementProfile)
WHERE e.retiredAt IS NULL
RETURN e.id AS entityId, e.name AS name, e.kind AS kind, p {.*} AS profile
ORDER BY p.nextActionDue IS NULL, p.nextActionDue, e.name
