// Entities whose name or an alias has a key in $query (index entity_name_keys: normalised names,
// core/matching.ts nameKeys): the few the matcher (core/matching.ts) then compares exactly, instead
// of every entity. $query is a Lucene query of keys built by the repository (nameKeysQuery).
CALL db.index.fulltext.queryNodes('entity_name_keys', $query, {limit: toInteger($limit) * 2}) YIELD node, score
OPTIONAL MATCH (owner:Entity)-[:HAS_ALIAS]->(node)
WITH coalesce(owner, node) AS e, score
WHERE e:Entity AND e.retiredAt IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
WITH e, max(score) AS score
ORDER BY score DESC, e.id
LIMIT toInteger($limit)
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.identifiers AS identifiers,
  COLLECT { MATCH (e)-[:HAS_ALIAS]->(a:Alias) RETURN a {.name, .kind} } AS aliases
