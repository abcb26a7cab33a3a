// Scheduled backups: one claim per period, so that one app instance writes each period's backup.
CREATE CONSTRAINT backup_claim_period_unique IF NOT EXISTS FOR (n:BackupClaim) REQUIRE n.period IS UNIQUE;
