// Takes the write lock of every admin whose account is open, so that two admins closing each other
// at once cannot leave the atlas without one (the second waits, then counts again).
MATCH (u:User {role: 'admin'})
WHERE u.closedAt IS NULL
SET u._lock = true
REMOVE u._lock
RETURN u.id AS id
