// Users with this e-mail address (case-insensitive), for the CLI.
MATCH (u:User)
WHERE toLower(u.email) = toLower($email)
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason} AS user
