// The relationships under the filters whose source is one of $ids, with both ends existing at
// $asOf (same validity rule as list-edges): one page of the network's edges.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE type(r) IN $types
  AND r.retiredAt IS NULL AND a.retiredAt IS NULL AND b.retiredAt IS NULL
  AND r.confidence >= $minConfidence
  AND ($asOf IS NULL OR (
        (r.validFrom IS NULL OR r.validFrom <= $asOf OR r.validFrom STARTS WITH $asOf)
    AND (r.validTo IS NULL OR $asOf <= r.validTo OR $asOf STARTS WITH r.validTo)
    AND (a.validFrom IS NULL OR a.validFrom <= $asOf OR a.validFrom STARTS WITH $asOf)
    AND (a.validTo IS NULL OR $asOf <= a.validTo OR $asOf STARTS WITH a.validTo)
    AND (b.validFrom IS NULL OR b.validFrom <= $asOf OR b.validFrom STARTS WITH $asOf)
    AND (b.validTo IS NULL OR $asOf <= b.validTo OR $asOf STARTS WITH b.validTo)))
RETURN r {.*, type: type(r), source: a.id, target: b.id} AS edge
ORDER BY edge.id
