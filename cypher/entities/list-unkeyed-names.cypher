// Entities and aliases stored before names had keys (cypher/schema/012-entity-name-keys.cypher),
// a batch at a time: the start-up backfill gives them their keys once; afterwards none are left.
MATCH (n)
WHERE (n:Entity OR n:Alias) AND n.nameKeys IS NULL AND n.name IS NOT NULL
RETURN elementId(n) AS node, n.name AS name
LIMIT toInteger($limit)
