// Profiles saved before assessments existed keep their stance, power and interest as a first
// assessment, dated on the profile's last save and made by whoever saved it; the profile then
// reads them from its assessments. Does nothing once done (runs at every start).
MATCH (e:Entity)-[:HAS_PROFILE]->(p:EngagementProfile)
WHERE (p.stance IS NOT NULL OR p.power IS NOT NULL OR p.interest IS NOT NULL)
  AND NOT EXISTS { (e)-[:HAS_ASSESSMENT]->(:Assessment) }
WITH e, p, coalesce(p.updatedAt, toString(datetime())) AS at
CREATE (e)-[:HAS_ASSESSMENT]->(a:Assessment {id: 'assessment:' + randomUUID()})
SET a.date = substring(at, 0, 10), a.recordedAt = at, a.stance = p.stance, a.power = p.power,
    a.interest = p.interest, a.assessedBy = coalesce(p.updatedBy, 'unknown'), a.assessedById = p.updatedById,
    a.migrated = true
REMOVE p.stance, p.power, p.interest
RETURN count(a) AS migrated
