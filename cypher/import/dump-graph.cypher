// Every node and relationship with all its properties: for idempotency and privacy checks, and
// (later) subject-access exports.
CALL () {
  MATCH (n)
  WHERE NOT n:GraphVersion // bookkeeping of caches, not data
  RETURN 'node' AS element, coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS properties
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'relationship' AS element, coalesce(r.id, a.id + ' ' + type(r) + ' ' + b.id) AS id, [type(r)] AS labels,
         properties(r) AS properties
}
RETURN element, id, labels, properties
ORDER BY element, id
