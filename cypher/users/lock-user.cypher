// Takes the user's write lock, then reads them: see entities/lock-entity.cypher.
MATCH (u:User {id: $id})
SET u._lock = true
REMOVE u._lock
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason} AS user
