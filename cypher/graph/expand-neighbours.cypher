// One step of a breadth-first expansion: the relationships (under the filters) of the entities in
// $ids, with the entities at their other ends. Validity at $asOf: a partial date names a whole
// period, so "2016" overlaps validFrom "2016-04" (see core/dates.ts).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE type(r) IN $types
  AND r.retiredAt IS NULL AND a.retiredAt IS NULL AND b.retiredAt IS NULL
  AND r.confidence >= $minConfidence
  AND ($asOf IS NULL OR (
        (r.validFrom IS NULL OR r.validFrom <= $asOf OR r.validFrom STARTS WITH $asOf)
    AND (r.validTo IS NULL OR $asOf <= r.validTo OR $asOf STARTS WITH r.validTo)
    AND (b.validFrom IS NULL OR b.validFrom <= $asOf OR b.validFrom STARTS WITH $asOf)
    AND (b.validTo IS NULL OR $asOf <= b.validTo OR $asOf STARTS WITH b.validTo)))
RETURN DISTINCT r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge
