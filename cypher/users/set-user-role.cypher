// Changes a user's role (after lock-user checked the version).
MATCH (u:User {id: $id})
SET u.role = $role, u.version = u.version + 1
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason} AS user
