// Whether any committed change still waits for its number (the sequencers' cheap poll, no lock).
MATCH (entry:Unsequenced)
RETURN entry.id AS id
LIMIT 1
