// Sources by id (the DataLoader batch behind Citation.source): everything but the text, which can be
// large, and whether there is one.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {
  .id, .title, .publisher, .kind, .url, .fileName, .date, .dateEstimated, .dateNote,
  .retiredAt, .createdAt, .createdBy, .updatedAt, .updatedBy,
  version: coalesce(s.version, 1),
  hasText: s.text IS NOT NULL
} AS source
