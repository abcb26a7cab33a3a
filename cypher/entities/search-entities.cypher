// A search's answer in one query, best first: the entities already known to match exactly ($ids, in
// their order: identifiers and names the graph index or the matcher found), the live entities with
// the identifier $identifierQuery (index entity_identifiers, exact keys; null when the caller has
// looked it up already), then the best hits of the full-text index entity_names over names and
// aliases (accent- and case-folding; Lucene ranks them, so Cypher never walks every entity a
// common word such as "council" finds).
// $query and $identifierQuery are Lucene queries built by the repository (letters and digits, or
// quoted keys), so no user input is parsed as query syntax.
CALL () {
  UNWIND range(0, size($ids) - 1) AS position
  MATCH (e:Entity {id: $ids[position]})
  RETURN e, 1 + position AS rank, 0.0 AS score
  UNION ALL
  WITH $identifierQuery AS query WHERE query IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_identifiers', query, {limit: toInteger($first)}) YIELD node
  RETURN node AS e, 0 AS rank, 0.0 AS score
  UNION ALL
  WITH $query AS query WHERE query IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: toInteger($first) * 4}) YIELD node, score
  OPTIONAL MATCH (owner:Entity)-[:HAS_ALIAS]->(node)
  RETURN coalesce(owner, node) AS e, 1 + size($ids) AS rank, score
}
WITH e, rank, score
WHERE e:Entity AND e.retiredAt IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
WITH e, min(rank) AS rank, max(score) AS score
ORDER BY rank, score DESC, e.name
LIMIT toInteger($first)
// The fields an entity answers with (as entities/get-entities reads them), so the answer needs no
// second query; not the keys the indexes keep (nameKeys, identifierKeys) nor the audit's.
RETURN e {
  .id, .kind, .name, .description, .type, .sector, .validFrom, .validTo, .identifiers, .version, .retiredAt,
  .citationSources, .citationQuotes, .citationNotes,
  aliases: COLLECT {
    MATCH (e)-[:HAS_ALIAS]->(a:Alias)
    RETURN a {.id, .name, .kind, .validFrom, .validTo, .citationSources, .citationQuotes, .citationNotes}
    ORDER BY a.validFrom, a.name
  }
} AS entity
ORDER BY rank, score DESC, e.name
