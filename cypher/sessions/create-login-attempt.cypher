// A sign-in under way, keyed by the SHA-256 of its state: the PKCE verifier and nonce stay here, so
// any instance of the app can complete it.
CREATE (:LoginAttempt {stateHash: $stateHash, codeVerifier: $codeVerifier, nonce: $nonce, returnTo: $returnTo, expiresAt: $expiresAt})
