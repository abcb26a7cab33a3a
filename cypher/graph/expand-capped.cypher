// One step of a capped breadth-first expansion: for each entity in $ids, its neighbours under the
// filters (same validity rule as expand-neighbours), strongest first: a neighbour ranks by its
// strongest relationship with the entity (confidence, then the latest validFrom, then ids, so the
// order is stable). The first $limitPerNode neighbours come with all their relationships with the
// entity; the rest only as ids with the type of their strongest relationship, to be counted.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r]-(b:Entity)
  WHERE type(r) IN $types
    AND r.retiredAt IS NULL AND a.retiredAt IS NULL AND b.retiredAt IS NULL
    AND r.confidence >= $minConfidence
    AND ($asOf IS NULL OR (
          (r.validFrom IS NULL OR r.validFrom <= $asOf OR r.validFrom STARTS WITH $asOf)
      AND (r.validTo IS NULL OR $asOf <= r.validTo OR $asOf STARTS WITH r.validTo)
      AND (b.validFrom IS NULL OR b.validFrom <= $asOf OR b.validFrom STARTS WITH $asOf)
      AND (b.validTo IS NULL OR $asOf <= b.validTo OR $asOf STARTS WITH b.validTo)))
  WITH b, r ORDER BY r.confidence DESC, coalesce(r.validFrom, '') DESC, r.id
  WITH b, collect(r) AS rs
  ORDER BY rs[0].confidence DESC, coalesce(rs[0].validFrom, '') DESC, b.id
  RETURN collect({id: b.id, rs: rs}) AS neighbours
}
RETURN a.id AS id,
  [n IN neighbours[0..$limitPerNode] | [r IN n.rs | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}]] AS kept,
  [n IN neighbours[$limitPerNode..] | {id: n.id, type: type(n.rs[0])}] AS leftOut
