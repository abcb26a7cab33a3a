// The watcher has read its inbox up to $seq (never moves back). No row when it watches nothing.
MATCH (w:Watcher {key: $key})
WHERE EXISTS { (w)-[:WATCHES]->(:Entity) }
SET w.seenSeq = CASE WHEN $seq > w.seenSeq THEN $seq ELSE w.seenSeq END
RETURN w.seenSeq AS seenSeq
