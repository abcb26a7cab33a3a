// Rate limits: counters shared by every instance of the app (013-rate-limit-instances keys them by
// client and instance). Their expiry is indexed for the clean-up.
CREATE INDEX rate_limit_expires_at IF NOT EXISTS FOR (n:RateLimit) ON (n.expiresAt);
