// What cites a source and is not retired: entities, aliases (with their entity) and relationships.
CALL () {
  MATCH (e:Entity)
  WHERE e.retiredAt IS NULL AND $id IN e.citationSources
  RETURN 'entity' AS kind, e.id AS entityId, null AS aliasId, null AS edge
  UNION ALL
  MATCH (e:Entity)-[:HAS_ALIAS]->(a:Alias)
  WHERE e.retiredAt IS NULL AND $id IN a.citationSources
  RETURN 'alias' AS kind, e.id AS entityId, a.id AS aliasId, null AS edge
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.retiredAt IS NULL AND $id IN r.citationSources
  RETURN 'relationship' AS kind, null AS entityId, null AS aliasId,
         r {.*, type: type(r), source: a.id, target: b.id} AS edge
}
RETURN kind, entityId, aliasId, edge
ORDER BY kind, coalesce(entityId, edge.id), aliasId
