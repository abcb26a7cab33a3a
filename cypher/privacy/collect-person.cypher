// Everything held about a person, for a subject access export: the entity, its names and
// relationships, engagement profile, contact details, interactions involving or naming them, other
// profiles naming them, briefs about or naming them, who watches them, and audit entries concerning
// them.
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
  briefs: COLLECT {
    MATCH (b:Brief)
    WHERE $personId IN b.stakeholderIds OR b.fromId = $personId
       OR any(name IN $names WHERE b.title CONTAINS name OR coalesce(b.objectives, '') CONTAINS name
              OR coalesce(b.linesToTake, '') CONTAINS name)
    RETURN b {.*} ORDER BY b.meetingDate, b.createdAt
  },
  watchedBy: COLLECT {
    MATCH (w:Watcher)-[watch:WATCHES]->(p)
    OPTIONAL MATCH (u:User) WHERE w.key = 'user:' + u.id
    // Named as the audit log names actors: the user's name, the shared token's name, or 'local'.
    RETURN {watcher: coalesce(u.name, CASE WHEN w.key STARTS WITH 'token:' THEN substring(w.key, 6) ELSE w.key END),
            since: watch.at} ORDER BY watch.at
  },
  audit: COLLECT {
    MATCH (a:AuditEntry)
    WHERE EXISTS { (a)-[:CONCERNS]->(p) }
       OR any(name IN $names WHERE coalesce(a.before, '') CONTAINS name OR coalesce(a.after, '') CONTAINS name)
    RETURN a {.*} ORDER BY datetime(a.at)
  }
} AS data
