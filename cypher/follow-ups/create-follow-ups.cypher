// Creates an interaction's follow-ups, open (each row: id, what, due, ownerId, ownerName).
MATCH (i:Interaction {id: $id})
UNWIND $followUps AS followUp
CREATE (i)-[:HAS_FOLLOW_UP]->(f:FollowUp {id: followUp.id})
SET f += followUp, f.status = 'open', f.version = 1, f.createdAt = $now, f.createdBy = $actor.name,
    f.createdById = $actor.id
RETURN count(f) AS created
