// For many names at once (an upload's), the entities near each in the full-text index entity_names,
// the best $limit of each, with their names, aliases and identifiers: the few the matcher
// (core/matching.ts) then compares exactly, in one round trip. Each of $queries is a Lucene query
// built by the repository from letters and digits (nameCandidatesQuery).
UNWIND $queries AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: toInteger($limit) * 4}) YIELD node, score
  OPTIONAL MATCH (owner:Entity)-[:HAS_ALIAS]->(node)
  WITH coalesce(owner, node) AS e, score
  WHERE e:Entity AND e.retiredAt IS NULL
  WITH e, max(score) AS score
  ORDER BY score DESC, e.id
  LIMIT toInteger($limit)
  RETURN e
}
WITH DISTINCT e
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.identifiers AS identifiers,
  COLLECT { MATCH (e)-[:HAS_ALIAS]->(a:Alias) RETURN a {.name, .kind} } AS aliases
