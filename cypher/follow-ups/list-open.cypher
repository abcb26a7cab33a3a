// Every open follow-up with the interaction it came from, soonest due first (the overdue list).
MATCH (i:Interaction)-[:HAS_FOLLOW_UP]->(f:FollowUp {status: 'open'})
RETURN f {.*, interactionId: i.id} AS followUp
ORDER BY f.due, f.createdAt
