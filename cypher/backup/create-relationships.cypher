// One batch of a restore's relationships: each between the new nodes of its ends (row.start and
// row.end are elementIds from backup/create-nodes.cypher), with its type and its properties decoded
// as backup/create-nodes.cypher decodes them.
UNWIND $rows AS row
MATCH (start) WHERE elementId(start) = row.start
MATCH (end) WHERE elementId(end) = row.end
CREATE (start)-[r:$(row.type)]->(end)
WITH r, row
CALL (r, row) {
  UNWIND row.properties AS property
  WITH r, property[0] AS key, property[1] AS type, property[2] AS value
  SET r[key] =
    CASE
      WHEN type IN ['STRING', 'BOOLEAN', 'LIST<STRING>', 'LIST<BOOLEAN>', 'LIST<NOTHING>'] THEN value
      WHEN type = 'INTEGER' THEN toInteger(value)
      WHEN type = 'FLOAT' THEN toFloat(value)
      WHEN type = 'DATE' THEN date(value)
      WHEN type = 'LOCAL TIME' THEN localtime(value)
      WHEN type = 'ZONED TIME' THEN time(value)
      WHEN type = 'LOCAL DATETIME' THEN localdatetime(value)
      WHEN type = 'ZONED DATETIME' THEN datetime(value)
      WHEN type = 'DURATION' THEN duration(value)
      WHEN type = 'POINT' THEN
        CASE WHEN value.z IS NULL
          THEN point({srid: toInteger(value.srid), x: toFloat(value.x), y: toFloat(value.y)})
          ELSE point({srid: toInteger(value.srid), x: toFloat(value.x), y: toFloat(value.y), z: toFloat(value.z)})
        END
      WHEN type = 'LIST<INTEGER>' THEN [item IN value | toInteger(item)]
      WHEN type = 'LIST<FLOAT>' THEN [item IN value | toFloat(item)]
      WHEN type = 'LIST<DATE>' THEN [item IN value | date(item)]
      WHEN type = 'LIST<LOCAL TIME>' THEN [item IN value | localtime(item)]
      WHEN type = 'LIST<ZONED TIME>' THEN [item IN value | time(item)]
      WHEN type = 'LIST<LOCAL DATETIME>' THEN [item IN value | localdatetime(item)]
      WHEN type = 'LIST<ZONED DATETIME>' THEN [item IN value | datetime(item)]
      WHEN type = 'LIST<DURATION>' THEN [item IN value | duration(item)]
      WHEN type = 'LIST<POINT>' THEN
        [p IN value | CASE WHEN p.z IS NULL
          THEN point({srid: toInteger(p.srid), x: toFloat(p.x), y: toFloat(p.y)})
          ELSE point({srid: toInteger(p.srid), x: toFloat(p.x), y: toFloat(p.y), z: toFloat(p.z)})
        END]
    END
}
RETURN count(r) AS created
