// Users who can own follow-ups (editors and admins), by name, without their e-mail addresses.
MATCH (u:User)
WHERE u.role IN ['editor', 'admin']
RETURN u {.id, .name, .role} AS user
ORDER BY toLower(u.name), u.id
