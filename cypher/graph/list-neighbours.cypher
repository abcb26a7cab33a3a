// A page of one entity's neighbours under the filters, in expand-capped's order (strongest first),
// each with all its relationships with the entity, and how many neighbours there are in all.
MATCH (a:Entity {id: $id})
CALL (a) {
  MATCH (a)-[r]-(b:Entity)
  WHERE type(r) IN $types
    AND r.retiredAt IS NULL AND b.retiredAt IS NULL
    AND r.confidence >= $minConfidence
    AND ($asOf IS NULL OR (
          (r.validFrom IS NULL OR r.validFrom <= $asOf OR r.validFrom STARTS WITH $asOf)
      AND (r.validTo IS NULL OR $asOf <= r.validTo OR $asOf STARTS WITH r.validTo)
      AND (b.validFrom IS NULL OR b.validFrom <= $asOf OR b.validFrom STARTS WITH $asOf)
      AND (b.validTo IS NULL OR $asOf <= b.validTo OR $asOf STARTS WITH b.validTo)))
  WITH b, r ORDER BY r.confidence DESC, coalesce(r.validFrom, '') DESC, r.id
  WITH b, collect(r) AS rs
  ORDER BY rs[0].confidence DESC, coalesce(rs[0].validFrom, '') DESC, b.id
  RETURN collect(rs) AS neighbours
}
RETURN size(neighbours) AS total,
  [rs IN neighbours[$offset..$offset + $first] | [r IN rs | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}]] AS edges
