// Everything held about a user (someone who signs in), for a subject access export: the account,
// its sessions and personal API tokens (never their hashes), what it watches and how far it has
// read its inbox, the follow-ups it owns, the records it wrote (briefs, assessments, interactions,
// follow-ups, profiles it saved or owns), its changes in the audit log and the entries about it.
MATCH (u:User {id: $userId})
OPTIONAL MATCH (w:Watcher {key: 'user:' + u.id})
RETURN {
  user: u {.id, .name, .email, .role, .issuer, .subject, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason},
  sessions: COLLECT { MATCH (s:Session)-[:OF]->(u) RETURN s {.createdAt, .expiresAt} ORDER BY s.createdAt },
  apiTokens: COLLECT {
    MATCH (t:ApiToken)-[:OF]->(u)
    RETURN t {.id, .name, .prefix, .createdAt, .lastUsedAt, .revokedAt} ORDER BY t.createdAt
  },
  watching: COLLECT {
    MATCH (w)-[watch:WATCHES]->(e:Entity)
    RETURN {entityId: e.id, name: e.name, since: watch.at} ORDER BY watch.at
  },
  inbox: CASE WHEN w IS NULL THEN NULL ELSE {seenSeq: w.seenSeq} END,
  followUpsOwned: COLLECT {
    MATCH (i:Interaction)-[:HAS_FOLLOW_UP]->(f:FollowUp {ownerId: u.id})
    RETURN f {.*, interactionId: i.id} ORDER BY f.due, f.createdAt
  },
  followUpsWritten: COLLECT {
    MATCH (i:Interaction)-[:HAS_FOLLOW_UP]->(f:FollowUp)
    WHERE (f.createdById = u.id OR f.closedById = u.id) AND coalesce(f.ownerId, '') <> u.id
    RETURN f {.*, interactionId: i.id} ORDER BY f.due, f.createdAt
  },
  briefs: COLLECT {
    MATCH (b:Brief) WHERE b.createdById = u.id OR b.updatedById = u.id
    RETURN b {.*} ORDER BY b.meetingDate, b.createdAt
  },
  assessments: COLLECT {
    MATCH (e:Entity)-[:HAS_ASSESSMENT]->(a:Assessment {assessedById: u.id})
    RETURN a {.*, entityId: e.id} ORDER BY a.date, a.recordedAt
  },
  interactions: COLLECT {
    MATCH (i:Interaction {createdById: u.id})
    RETURN i {.*, participants: COLLECT { MATCH (i)-[:INVOLVES]->(e:Entity) RETURN e.id }} ORDER BY i.date
  },
  profiles: COLLECT {
    MATCH (e:Entity)-[:HAS_PROFILE]->(x:EngagementProfile)
    WHERE x.updatedById = u.id OR x.owner = u.name
    RETURN x {.*, entityId: e.id} ORDER BY e.id
  },
  changes: COLLECT {
    MATCH (a:AuditEntry {actorId: u.id})
    RETURN a {.*} ORDER BY datetime(a.at)
  },
  changesAboutThem: COLLECT {
    MATCH (a:AuditEntry {targetId: u.id})
    RETURN a {.*} ORDER BY datetime(a.at)
  }
} AS data
