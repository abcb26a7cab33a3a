// Closes a user's account (after lock-user checked the version): who closed it, when and why.
MATCH (u:User {id: $id})
SET u.closedAt = $now, u.closedBy = $closedBy, u.closedById = $closedById, u.closedReason = $reason,
    u.version = u.version + 1
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason} AS user
