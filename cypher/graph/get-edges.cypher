// Relationships by id, retired or not (for edits, the audit log and taken ids). A relationship's id
// is unique per type, and Neo4j indexes relationship properties per type only, so the id is looked
// up in each type's index (one unique-index seek per type; MATCH ()-[r {id: $id}]->() without a type
// scans every relationship). The list must name every type in core/vocabulary.ts
// (server/db/migrate.test.ts checks it). USING INDEX SEEK: for a type with few relationships the
// planner otherwise sometimes scans its whole index, which costs nothing on a small graph and
// everything on a large one.
CALL () {
  MATCH (a)-[r:INFLUENCES]->(b) USING INDEX SEEK r:INFLUENCES(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ADVISES]->(b) USING INDEX SEEK r:ADVISES(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:LIAISES_WITH]->(b) USING INDEX SEEK r:LIAISES_WITH(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:BRIEFS]->(b) USING INDEX SEEK r:BRIEFS(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:COLLABORATES_WITH]->(b) USING INDEX SEEK r:COLLABORATES_WITH(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF]->(b) USING INDEX SEEK r:MEMBER_OF(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:REPRESENTED_ON]->(b) USING INDEX SEEK r:REPRESENTED_ON(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:CHAIRS]->(b) USING INDEX SEEK r:CHAIRS(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:PRESIDENT_OF]->(b) USING INDEX SEEK r:PRESIDENT_OF(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:HOLDS_ROLE_AT]->(b) USING INDEX SEEK r:HOLDS_ROLE_AT(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:CREATED]->(b) USING INDEX SEEK r:CREATED(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:SUPPORTS]->(b) USING INDEX SEEK r:SUPPORTS(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:HOSTS]->(b) USING INDEX SEEK r:HOSTS(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:PROVIDES_SECRETARIAT_FOR]->(b) USING INDEX SEEK r:PROVIDES_SECRETARIAT_FOR(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:MERGED_INTO]->(b) USING INDEX SEEK r:MERGED_INTO(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:PART_OF]->(b) USING INDEX SEEK r:PART_OF(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:RUNS]->(b) USING INDEX SEEK r:RUNS(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:TAKES_PART_IN]->(b) USING INDEX SEEK r:TAKES_PART_IN(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:PRESENTED_AT]->(b) USING INDEX SEEK r:PRESENTED_AT(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ENDORSES]->(b) USING INDEX SEEK r:ENDORSES(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ALIGNED_WITH]->(b) USING INDEX SEEK r:ALIGNED_WITH(id) WHERE r.id IN $ids RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:HANDS_ASSETS_TO]->(b) USING INDEX SEEK r:HANDS_ASSETS_TO(id) WHERE r.id IN $ids RETURN a, r, b
}
RETURN r {.*, type: type(r), source: a.id, target: b.id} AS edge
