// Migration, once per database: audit entries written before the change feed existed get numbers
// in the order they were made (`at`, then id). It runs at start, before any sequencer, so they come
// first; later starts find the mark and read nothing.
MERGE (s:FeedSequence {id: 'feed'})
  ON CREATE
    SET s.last = 0
WITH s
WHERE s.earlierNumberedAt IS NULL
SET s.earlierNumberedAt = toString(datetime())
WITH s
CALL (s) {
  MATCH (entry:AuditEntry)
  WHERE entry.seq IS NULL AND NOT entry:Unsequenced
  WITH entry
  ORDER BY datetime(entry.at), entry.id
  WITH collect(entry) AS entries
  CALL (s, entries) {
    UNWIND range(0, size(entries) - 1) AS i
    WITH entries[i] AS entry, s.last + i + 1 AS seq
    SET entry.seq = seq
  }
  RETURN size(entries) AS numbered
}
SET s.last = s.last + numbered
RETURN numbered
