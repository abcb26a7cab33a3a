// Scheduled backups: the first app instance to claim a period writes its backup; the others find
// the claim taken. The uniqueness constraint on period (cypher/schema/009-backup-claims.cypher)
// makes MERGE atomic across instances. Claims of earlier periods are dropped.
MERGE (claim:BackupClaim {period: toInteger($period)})
  ON CREATE SET claim.claimedBy = $instance, claim.claimedAt = toString(datetime())
WITH claim
CALL (claim) {
  MATCH (old:BackupClaim)
  WHERE old.period < claim.period
  DELETE old
}
RETURN claim.claimedBy = $instance AS claimed, claim.claimedBy AS claimedBy
