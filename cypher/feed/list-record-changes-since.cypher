// Changes of the given actions made at or after $since, in feed order, for the network as recorded
// before it. The index on `at` is sought by the text up to the second (it drops trailing zeros, so
// text order is not time order within a second); datetime() then compares exactly.
MATCH (change:AuditEntry)
WHERE change.at >= left($since, 19)
  AND datetime(change.at) >= datetime($since)
  AND change.seq IS NOT NULL
  AND change.action IN $actions
RETURN change {.seq, .at, .actor, .action, .targetId, .before, .after} AS change
ORDER BY change.seq
