// One user's open follow-ups with the interaction each came from, soonest due first.
MATCH (i:Interaction)-[:HAS_FOLLOW_UP]->(f:FollowUp {ownerId: $ownerId})
WHERE f.status = 'open'
RETURN f {.*, interactionId: i.id} AS followUp
ORDER BY f.due, f.createdAt
