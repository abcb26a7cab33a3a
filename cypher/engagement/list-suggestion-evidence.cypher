// What suggested interest rests on, per entity asked for: the days of its interactions, and the
// programmes it is linked to on $asOf (null: now) with their aliases, itself first when it is one.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS entityId, e.retiredAt IS NOT NULL AS retired,
  COLLECT { MATCH (i:Interaction)-[:INVOLVES]->(e) RETURN i.date } AS interactionDates,
  CASE WHEN e:Programme THEN [e {.id, .name, aliases: COLLECT { MATCH (e)-[:HAS_ALIAS]->(a:Alias) RETURN a.name }}]
    ELSE [] END
  + COLLECT {
    // Expanded from e: a label test here lets the planner scan every programme instead.
    MATCH (e)-[r]-(p)
    WHERE 'Programme' IN labels(p) AND type(r) IN $types AND r.retiredAt IS NULL AND p.retiredAt IS NULL AND p <> e
      AND r.confidence >= $minConfidence
      AND ($asOf IS NULL OR (
            (r.validFrom IS NULL OR r.validFrom <= $asOf OR r.validFrom STARTS WITH $asOf)
        AND (r.validTo IS NULL OR $asOf <= r.validTo OR $asOf STARTS WITH r.validTo)
        AND (p.validFrom IS NULL OR p.validFrom <= $asOf OR p.validFrom STARTS WITH $asOf)
        AND (p.validTo IS NULL OR $asOf <= p.validTo OR $asOf STARTS WITH p.validTo)))
    WITH DISTINCT p
    RETURN p {.id, .name, aliases: COLLECT { MATCH (p)-[:HAS_ALIAS]->(a:Alias) RETURN a.name }}
    ORDER BY p.name
  } AS programmes
