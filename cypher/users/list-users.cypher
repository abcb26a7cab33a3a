// Every user, by name.
MATCH (u:User)
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason} AS user
ORDER BY toLower(u.name), u.id
