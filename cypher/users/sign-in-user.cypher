// Creates the user at first sign-in (issuer + subject identify them), refreshes name and e-mail at
// every sign-in, and sets the role when the configuration decides it ($forcedRole: ADMIN_EMAILS or
// the provider's groups); otherwise a new user starts as $initialRole and keeps what admins set.
// A closed account is left as it is: the sign-in is refused (server/auth/oidc.ts).
MERGE (u:User {issuer: $issuer, subject: $subject})
  ON CREATE
    SET u.id = randomUUID(), u.role = $initialRole, u.version = 1, u.createdAt = $now
WITH u
CALL (u) {
  WITH u
  WHERE u.closedAt IS NULL
  SET u.name = $name, u.email = $email, u.lastSignInAt = $now
  WITH u
  WHERE $forcedRole IS NOT NULL AND u.role <> $forcedRole
  SET u.role = $forcedRole, u.version = u.version + 1
}
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason} AS user
