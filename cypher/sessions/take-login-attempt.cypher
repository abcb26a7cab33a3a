// Reads and deletes a sign-in under way: each can complete once.
MATCH (a:LoginAttempt {stateHash: $stateHash})
WITH a, a {.codeVerifier, .nonce, .returnTo, .expiresAt} AS attempt
DETACH DELETE a
RETURN attempt
