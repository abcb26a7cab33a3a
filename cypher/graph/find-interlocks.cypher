// People and bodies linked directly to both $a and $b (any relationship type of the vocabulary), valid at $asOf.
MATCH (a:Entity {id: $a})-[ra]-(x:Entity)-[rb]-(b:Entity {id: $b})
WHERE x <> a AND x <> b AND x.retiredAt IS NULL AND (x:Person OR x:Body)
  AND type(ra) IN $types AND type(rb) IN $types
  AND ra.retiredAt IS NULL AND rb.retiredAt IS NULL
  AND ($asOf IS NULL OR (
        (ra.validFrom IS NULL OR ra.validFrom <= $asOf OR ra.validFrom STARTS WITH $asOf)
    AND (ra.validTo IS NULL OR $asOf <= ra.validTo OR $asOf STARTS WITH ra.validTo)
    AND (rb.validFrom IS NULL OR rb.validFrom <= $asOf OR rb.validFrom STARTS WITH $asOf)
    AND (rb.validTo IS NULL OR $asOf <= rb.validTo OR $asOf STARTS WITH rb.validTo)))
RETURN DISTINCT x.id AS id, x.name AS name
ORDER BY name
