// Counts per node label and per relationship type, for progress and reports.
CALL () {
  MATCH (n)
  // Bookkeeping, not data: the caches' version, the change feed's counter and its not-yet-numbered mark.
  WHERE NOT n:GraphVersion AND NOT n:FeedSequence
  UNWIND [label IN labels(n) WHERE label <> 'Unsequenced'] AS name
  RETURN 'label' AS what, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'type' AS what, type(r) AS name, count(*) AS count
}
RETURN what, name, count
ORDER BY what, name
