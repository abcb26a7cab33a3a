// How many entities and relationships the whole network has under the filters (the rules of
// list-entity-ids and list-edges): the totals a client pages towards.
CALL () {
  MATCH (e:Entity)
  WHERE e.retiredAt IS NULL
    AND ($asOf IS NULL OR (
          (e.validFrom IS NULL OR e.validFrom <= $asOf OR e.validFrom STARTS WITH $asOf)
      AND (e.validTo IS NULL OR $asOf <= e.validTo OR $asOf STARTS WITH e.validTo)))
  RETURN count(e) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
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
  RETURN count(r) AS edges
}
RETURN nodes, edges
