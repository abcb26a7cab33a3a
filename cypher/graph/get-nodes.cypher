// Map nodes for the given ids: the name in use at $asOf and the degree under the same filters.
// A dated alias of kind "name" valid at $asOf wins over the entity's name; the latest-starting one
// if several are, the entity's own name breaking ties.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN {
  id: e.id,
  kind: e.kind,
  type: e.type,
  sector: e.sector,
  name: CASE WHEN $asOf IS NULL THEN e.name ELSE coalesce(COLLECT {
    MATCH (e)-[:HAS_ALIAS]->(a:Alias {kind: 'name'})
    WHERE (a.validFrom IS NOT NULL OR a.validTo IS NOT NULL)
      AND (a.validFrom IS NULL OR a.validFrom <= $asOf OR a.validFrom STARTS WITH $asOf)
      AND (a.validTo IS NULL OR $asOf <= a.validTo OR $asOf STARTS WITH a.validTo)
    RETURN a.name ORDER BY a.validFrom DESC, a.name = e.name DESC LIMIT 1
  }[0], e.name) END,
  degree: COUNT {
    MATCH (e)-[r]-(b:Entity)
    WHERE type(r) IN $types AND r.retiredAt IS NULL AND b.retiredAt IS NULL
      AND r.confidence >= $minConfidence
      AND ($asOf IS NULL OR (
            (r.validFrom IS NULL OR r.validFrom <= $asOf OR r.validFrom STARTS WITH $asOf)
        AND (r.validTo IS NULL OR $asOf <= r.validTo OR $asOf STARTS WITH r.validTo)
        AND (b.validFrom IS NULL OR b.validFrom <= $asOf OR b.validFrom STARTS WITH $asOf)
        AND (b.validTo IS NULL OR $asOf <= b.validTo OR $asOf STARTS WITH b.validTo)))
  }
} AS node
