// For many names at once (an upload's), the entities whose name or an alias has a key of one of
// them (index entity_name_keys, as entities/find-name-candidates), with their names, aliases and
// identifiers: the few the matcher (core/matching.ts) then compares exactly, in one round trip.
// Each of $lookups is a Lucene query of many names' keys (nameKeysQuery) and how many hits to take.
UNWIND $lookups AS lookup
CALL (lookup) {
  CALL db.index.fulltext.queryNodes('entity_name_keys', lookup.query, {limit: toInteger(lookup.limit)}) YIELD node
  OPTIONAL MATCH (owner:Entity)-[:HAS_ALIAS]->(node)
  WITH coalesce(owner, node) AS e
  WHERE e:Entity AND e.retiredAt IS NULL
  RETURN DISTINCT e
}
WITH DISTINCT e
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.identifiers AS identifiers,
  COLLECT { MATCH (e)-[:HAS_ALIAS]->(a:Alias) RETURN a {.name, .kind} } AS aliases
