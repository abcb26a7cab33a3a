// Entities by id, in any order, with their aliases (the DataLoader batch behind entity(id)): the
// fields an entity answers with (as entities/search-entities reads them), not the keys the indexes
// keep (nameKeys, identifierKeys) nor the audit's.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {
  .id, .kind, .name, .description, .type, .sector, .validFrom, .validTo, .identifiers, .version, .retiredAt,
  .citationSources, .citationQuotes, .citationNotes,
  aliases: COLLECT {
    MATCH (e)-[:HAS_ALIAS]->(a:Alias)
    RETURN a {.id, .name, .kind, .validFrom, .validTo, .citationSources, .citationQuotes, .citationNotes}
    ORDER BY a.validFrom, a.name
  }
} AS entity
