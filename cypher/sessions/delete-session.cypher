// Signs a session out.
MATCH (s:Session {idHash: $idHash})
DETACH DELETE s
