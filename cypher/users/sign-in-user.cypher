// Creates the user at first sign-in (issuer + subject identify them), refreshes name and e-mail at
// every sign-in, and sets the role when the configuration decides it ($forcedRole: ADMIN_EMAILS or
// the provider's groups); otherwise a new user starts as $initialRole and keeps what admins set.
MERGE (u:User {issuer: $issuer, subject: $subject})
  ON CREATE
    SET u.id = randomUUID(), u.role = $initialRole, u.version = 1, u.createdAt = $now
SET u.name = $name, u.email = $email, u.lastSignInAt = $now
WITH u
CALL (u) {
  WITH u
  WHERE $forcedRole IS NOT NULL AND u.role <> $forcedRole
  SET u.role = $forcedRole, u.version = u.version + 1
}
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt} AS user
