// One batch of aliases: names over time and acronyms, each linked to its entity.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
WHERE e.version = 1
MERGE (a:Alias {id: row.id})
SET a += row.properties
MERGE (e)-[:HAS_ALIAS]->(a)
RETURN count(a) AS merged
