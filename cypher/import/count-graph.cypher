// Counts per node label and per relationship type, for progress and reports.
CALL () {
  MATCH (n)
  WHERE NOT n:GraphVersion // bookkeeping of caches, not data
  UNWIND labels(n) AS name
  RETURN 'label' AS what, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'type' AS what, type(r) AS name, count(*) AS count
}
RETURN what, name, count
ORDER BY what, name
