// Every user, by name.
MATCH (u:User)
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt} AS user
ORDER BY toLower(u.name), u.id
