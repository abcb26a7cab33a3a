// Moves the graph version on: run in the same transaction as the change. The epoch is new whenever
// the node is (after deleting everything), so a version number is never reused for another graph.
MERGE (v:GraphVersion {id: 'graph'})
  ON CREATE
    SET v.epoch = randomUUID(), v.version = 1, v.changedAt = toString(datetime())
  ON MATCH
    SET v.version = v.version + 1, v.changedAt = toString(datetime())
RETURN v.epoch + ':' + toString(v.version) AS version
