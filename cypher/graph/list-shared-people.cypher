// Interlocks of one entity: the bodies that share people with $id, each shared person with their
// relationships to $id (here) and to the other body (there), valid at $asOf (partial dates name a
// whole period, as in expand-neighbours). Retired people and bodies are left out.
MATCH (x:Entity {id: $id})-[rx]-(p:Person)-[ry]-(y:Body)
WHERE y <> x AND p.retiredAt IS NULL AND y.retiredAt IS NULL
  AND type(rx) IN $types AND type(ry) IN $types
  AND rx.retiredAt IS NULL AND ry.retiredAt IS NULL
  AND ($asOf IS NULL OR (
        (rx.validFrom IS NULL OR rx.validFrom <= $asOf OR rx.validFrom STARTS WITH $asOf)
    AND (rx.validTo IS NULL OR $asOf <= rx.validTo OR $asOf STARTS WITH rx.validTo)
    AND (ry.validFrom IS NULL OR ry.validFrom <= $asOf OR ry.validFrom STARTS WITH $asOf)
    AND (ry.validTo IS NULL OR $asOf <= ry.validTo OR $asOf STARTS WITH ry.validTo)
    AND (p.validFrom IS NULL OR p.validFrom <= $asOf OR p.validFrom STARTS WITH $asOf)
    AND (p.validTo IS NULL OR $asOf <= p.validTo OR $asOf STARTS WITH p.validTo)
    AND (y.validFrom IS NULL OR y.validFrom <= $asOf OR y.validFrom STARTS WITH $asOf)
    AND (y.validTo IS NULL OR $asOf <= y.validTo OR $asOf STARTS WITH y.validTo)))
WITH y, p,
     collect(DISTINCT rx {.*, type: type(rx), source: startNode(rx).id, target: endNode(rx).id}) AS here,
     collect(DISTINCT ry {.*, type: type(ry), source: startNode(ry).id, target: endNode(ry).id}) AS there
RETURN y.id AS bodyId, p.id AS personId, here, there
ORDER BY bodyId, personId
