// Removes expired sessions and sign-ins that were never completed.
CALL () {
  MATCH (s:Session)
  WHERE s.expiresAt <= $now
  DETACH DELETE s
}
CALL () {
  MATCH (a:LoginAttempt)
  WHERE a.expiresAt <= $now
  DETACH DELETE a
}
