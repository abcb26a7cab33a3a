// Follow-ups logged as plain lines before they had owners and due dates become open follow-ups,
// due on the interaction's day and owned by whoever logged it (unassigned for shared tokens).
// Does nothing once done (runs at every start).
MATCH (i:Interaction)
WHERE i.followUps IS NOT NULL
CALL (i) {
  UNWIND i.followUps AS what
  CREATE (i)-[:HAS_FOLLOW_UP]->(f:FollowUp {id: 'follow-up:' + randomUUID()})
  SET f.what = what, f.due = i.date, f.status = 'open', f.ownerId = i.createdById,
      f.ownerName = CASE WHEN i.createdById IS NULL THEN null ELSE i.createdBy END,
      f.createdAt = i.createdAt, f.createdBy = i.createdBy, f.createdById = i.createdById,
      f.version = 1, f.migrated = true
}
REMOVE i.followUps
RETURN count(i) AS migrated
