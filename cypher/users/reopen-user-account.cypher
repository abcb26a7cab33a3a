// Reopens a closed account: the user may sign in again (their ended sessions and revoked tokens stay so).
MATCH (u:User {id: $id})
REMOVE u.closedAt, u.closedBy, u.closedById, u.closedReason
SET u.version = u.version + 1
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason} AS user
