// Full-text search over entity names and aliases (index entity_names, accent- and case-folding),
// the index's best hits only: Lucene ranks them, so Cypher never walks every entity a common word
// such as "council" finds.
// $query is a Lucene query built by the repository from letters and digits only.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($first) * 4}) YIELD node, score
OPTIONAL MATCH (owner:Entity)-[:HAS_ALIAS]->(node)
WITH coalesce(owner, node) AS e, score
WHERE e:Entity AND e.retiredAt IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
WITH e, max(score) AS score
ORDER BY score DESC, e.name
LIMIT toInteger($first)
// Read whole, as entities/get-entities reads them, so the answer needs no second query.
RETURN e {
  .*,
  aliases: COLLECT {
    MATCH (e)-[:HAS_ALIAS]->(a:Alias)
    RETURN a {.*} ORDER BY a.validFrom, a.name
  }
} AS entity
ORDER BY score DESC, e.name
