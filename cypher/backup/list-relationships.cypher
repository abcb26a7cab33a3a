// Every relationship with its type, its ends (as elementIds, matching backup/list-nodes.cypher in
// the same transaction) and all its properties, encoded as backup/list-nodes.cypher encodes them.
MATCH (start)-[r]->(end)
CALL (r) {
  UNWIND keys(r) AS key
  WITH key, r[key] AS value, replace(valueType(r[key]), ' NOT NULL', '') AS type
  RETURN collect([key, type,
    CASE
      WHEN type IN ['STRING', 'BOOLEAN', 'LIST<STRING>', 'LIST<BOOLEAN>', 'LIST<NOTHING>'] THEN value
      WHEN type = 'POINT' THEN {srid: value.srid, x: toString(value.x), y: toString(value.y),
                                z: CASE WHEN value.crs ENDS WITH '-3d' THEN toString(value.z) END}
      WHEN type = 'LIST<POINT>' THEN [p IN value | {srid: p.srid, x: toString(p.x), y: toString(p.y),
                                z: CASE WHEN p.crs ENDS WITH '-3d' THEN toString(p.z) END}]
      WHEN type STARTS WITH 'LIST<' THEN [item IN value | toString(item)]
      ELSE toString(value)
    END]) AS properties
}
RETURN elementId(r) AS key, type(r) AS type, elementId(start) AS start, elementId(end) AS end, properties
