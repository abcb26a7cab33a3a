// Closes an open follow-up with a note (caller holds its lock and checked it is open).
MATCH (i:Interaction)-[:HAS_FOLLOW_UP]->(f:FollowUp {id: $id})
SET f.status = 'closed', f.closedAt = $now, f.closedBy = $actor.name, f.closedById = $actor.id,
    f.closingNote = $note, f.version = f.version + 1
RETURN f {.*, interactionId: i.id} AS followUp
