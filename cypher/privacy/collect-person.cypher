// Everything held about a person, for a subject access export: the entity, its names and
// relationships, engagement profile, contact details, interactions involving or naming them, other
// profiles naming them, and audit entries concerning them.
MATCH (p:Entity:Person {id: $personId})
RETURN {
  entity: p {.*},
  aliases: COLLECT { MATCH (p)-[:HAS_ALIAS]->(a:Alias) RETURN a {.*} },
  relationships: COLLECT {
    MATCH (p)-[r]-(other:Entity)
    RETURN r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}
  },
  engagement: COLLECT { MATCH (p)-[:HAS_PROFILE]->(x:EngagementProfile) RETURN x {.*} },
  assessments: COLLECT { MATCH (p)-[:HAS_ASSESSMENT]->(a:Assessment) RETURN a {.*} ORDER BY a.date, a.recordedAt },
  contact: COLLECT { MATCH (p)-[:HAS_CONTACT]->(c:ContactDetails) RETURN c {.*} },
  interactions: COLLECT {
    MATCH (i:Interaction)
    WHERE EXISTS { (i)-[:INVOLVES]->(p) }
       OR any(name IN $names WHERE i.summary CONTAINS name OR coalesce(i.outcome, '') CONTAINS name
              OR EXISTS { MATCH (i)-[:HAS_FOLLOW_UP]->(f:FollowUp)
                          WHERE f.what CONTAINS name OR coalesce(f.closingNote, '') CONTAINS name })
    RETURN i {.*, participants: COLLECT { MATCH (i)-[:INVOLVES]->(e:Entity) RETURN e.id },
      followUps: COLLECT { MATCH (i)-[:HAS_FOLLOW_UP]->(f:FollowUp) RETURN f {.*} }}
  },
  profilesNamingThem: COLLECT {
    MATCH (e:Entity)-[:HAS_PROFILE]->(x:EngagementProfile)
    WHERE e <> p AND any(name IN $names WHERE coalesce(x.objectives, '') CONTAINS name
                         OR coalesce(x.nextAction, '') CONTAINS name
                         OR EXISTS { MATCH (e)-[:HAS_ASSESSMENT]->(a:Assessment) WHERE coalesce(a.note, '') CONTAINS name })
    RETURN x {.*, entityId: e.id,
      assessments: COLLECT { MATCH (e)-[:HAS_ASSESSMENT]->(a:Assessment) WHERE any(name IN $names WHERE coalesce(a.note, '') CONTAINS name) RETURN a {.*} }}
  },
  audit: COLLECT {
    MATCH (a:AuditEntry)
    WHERE EXISTS { (a)-[:CONCERNS]->(p) }
       OR any(name IN $names WHERE coalesce(a.before, '') CONTAINS name OR coalesce(a.after, '') CONTAINS name)
    RETURN a {.*} ORDER BY datetime(a.at)
  }
} AS data
