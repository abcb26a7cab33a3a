// A page of the ids of entities that exist at $asOf (all when null), retired ones left out, in id
// order after $after: a range seek on the entity id index, which also gives the order.
MATCH (e:Entity)
WHERE e.id > coalesce($after, '')
  AND e.retiredAt IS NULL
  AND ($asOf IS NULL OR (
        (e.validFrom IS NULL OR e.validFrom <= $asOf OR e.validFrom STARTS WITH $asOf)
    AND (e.validTo IS NULL OR $asOf <= e.validTo OR $asOf STARTS WITH e.validTo)))
RETURN e.id AS id
ORDER BY id
LIMIT toInteger($first)
