// Live entities with any of the given identifier keys (index entity_identifiers: exact, lower-case
// keys, core/storage.ts), with their names, aliases and identifiers for the matcher (core/matching.ts).
// $query is a Lucene query of quoted keys built by the repository.
CALL db.index.fulltext.queryNodes('entity_identifiers', $query) YIELD node AS e
WHERE e.retiredAt IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.identifiers AS identifiers,
  COLLECT { MATCH (e)-[:HAS_ALIAS]->(a:Alias) RETURN a {.name, .kind} } AS aliases
ORDER BY e.id
