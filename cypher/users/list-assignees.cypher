// Users who can own follow-ups (editors and admins whose accounts are open), by name, without their e-mail addresses.
MATCH (u:User)
WHERE u.role IN ['editor', 'admin'] AND u.closedAt IS NULL
RETURN u {.id, .name, .role} AS user
ORDER BY toLower(u.name), u.id
