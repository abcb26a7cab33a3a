// Every node with all its labels and properties, for a backup and the database checksum. Each
// property is [key, type, value]: the type as valueType() names it (without "NOT NULL"), and the
// value exact whatever its type: strings and booleans as they are, points as maps of their fields,
// every other value (integers, floats, dates, times, durations) as the text toString() gives,
// which date(), datetime(), duration(), toInteger() and toFloat() read back exactly
// (backup/create-nodes.cypher). elementId only links relationships to their ends within one backup.
// The graph version is the caches' bookkeeping, not data: a restore starts a new one. The change
// feed's counter is the database's own: a restore sets it past the numbers it brings back
// (feed/align-feed-sequence.cypher), so a restore into a started (migrated) database is possible.
MATCH (n) WHERE NOT n:GraphVersion AND NOT n:FeedSequence
CALL (n) {
  UNWIND keys(n) AS key
  WITH key, n[key] AS value, replace(valueType(n[key]), ' NOT NULL', '') AS type
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
RETURN elementId(n) AS key, labels(n) AS labels, properties
