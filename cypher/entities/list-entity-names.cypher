// Every live entity's id, name, kind and aliases, for matching names in core/matching.ts.
MATCH (e:Entity)
WHERE e.retiredAt IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.identifiers AS identifiers,
  COLLECT { MATCH (e)-[:HAS_ALIAS]->(a:Alias) RETURN a {.name, .kind} } AS aliases
ORDER BY e.name, e.id
