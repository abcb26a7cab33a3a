// Relationships by id, retired or not (for edits, the audit log and taken ids). A relationship's id
// is unique per type, and Neo4j indexes relationship properties per type only, so the id is looked
// up in each type's index (one unique-index seek per type; MATCH ()-[r {id: $id}]->() without a type
// scans every relationship). The list must name every type in core/vocabulary.ts
// (server/db/migrate.test.ts checks it).
UNWIND $ids AS id
CALL (id) {
  MATCH (a)-[r:INFLUENCES {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ADVISES {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:LIAISES_WITH {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:BRIEFS {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:COLLABORATES_WITH {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:REPRESENTED_ON {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:CHAIRS {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:PRESIDENT_OF {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:HOLDS_ROLE_AT {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:CREATED {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:SUPPORTS {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:HOSTS {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:PROVIDES_SECRETARIAT_FOR {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:MERGED_INTO {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:PART_OF {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:RUNS {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:TAKES_PART_IN {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:PRESENTED_AT {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ENDORSES {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ALIGNED_WITH {id: id}]->(b) RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:HANDS_ASSETS_TO {id: id}]->(b) RETURN a, r, b
}
RETURN r {.*, type: type(r), source: a.id, target: b.id} AS edge
