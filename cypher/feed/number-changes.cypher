// Numbers up to $batch committed changes, oldest first, after the last number given, under the
// lock that feed/lock-feed-sequence took in the same transaction. Numbers run on without gaps.
MATCH (s:FeedSequence {id: 'feed'})
MATCH (entry:Unsequenced)
WHERE entry.seq IS NULL
WITH s, entry
ORDER BY datetime(entry.at), entry.id
LIMIT toInteger($batch)
WITH s, collect(entry) AS entries
CALL (s, entries) {
  UNWIND range(0, size(entries) - 1) AS i
  WITH entries[i] AS entry, s.last + i + 1 AS seq
  SET entry.seq = seq
  REMOVE entry:Unsequenced
}
SET s.last = s.last + size(entries)
RETURN s.last AS last, size(entries) AS numbered
