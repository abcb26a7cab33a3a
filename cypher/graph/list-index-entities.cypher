// Every entity, for the in-memory graph index (server/repositories/graph-index.ts): what nodes show
// and what the filters test, with the dated names get-nodes picks from and every alias (for
// matching names exactly in search) and identifier keys (for search by code).
MATCH (e:Entity)
RETURN e {
  .id, .kind, .name, .type, .sector, .validFrom, .validTo, .identifierKeys,
  retired: e.retiredAt IS NOT NULL,
  datedNames: COLLECT {
    MATCH (e)-[:HAS_ALIAS]->(a:Alias {kind: 'name'})
    WHERE a.validFrom IS NOT NULL OR a.validTo IS NOT NULL
    RETURN a {.name, .validFrom, .validTo}
  },
  aliases: COLLECT { MATCH (e)-[:HAS_ALIAS]->(a:Alias) RETURN a {.name, .kind} }
} AS entity
