// After a restore: the feed's counter moves past the highest number the restored entries hold, so
// a number is never given twice; entries from before the feed (a backup that old) are numbered next
// by feed/number-earlier-changes, which the mark's removal lets run again.
MERGE (s:FeedSequence {id: 'feed'})
  ON CREATE
    SET s.last = 0
WITH s
CALL (s) {
  MATCH (entry:AuditEntry)
  WHERE entry.seq IS NOT NULL
  RETURN max(entry.seq) AS highest
}
SET s.last = CASE WHEN highest IS NOT NULL AND highest > s.last THEN highest ELSE s.last END
REMOVE s.earlierNumberedAt
RETURN s.last AS last
