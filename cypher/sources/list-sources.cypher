// Every source, oldest first, without its text, with how many facts (entities, aliases and
// relationships not retired) cite it.
MATCH (s:Source)
RETURN s {
  .id, .title, .publisher, .kind, .url, .fileName, .date, .dateEstimated, .dateNote,
  .retiredAt, .createdAt, .createdBy, .updatedAt, .updatedBy,
  version: coalesce(s.version, 1),
  hasText: s.text IS NOT NULL,
  citationCount:
    COUNT { MATCH (e:Entity) WHERE e.retiredAt IS NULL AND s.id IN e.citationSources } +
    COUNT { MATCH (e:Entity)-[:HAS_ALIAS]->(a:Alias) WHERE e.retiredAt IS NULL AND s.id IN a.citationSources } +
    COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.retiredAt IS NULL AND s.id IN r.citationSources }
} AS source
ORDER BY s.date, s.id
