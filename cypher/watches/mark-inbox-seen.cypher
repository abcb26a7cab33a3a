// The watcher has read its inbox up to $seq (never moves back).
MERGE (w:Watcher {key: $key})
  ON CREATE SET w.seenSeq = 0
SET w.seenSeq = CASE WHEN $seq > w.seenSeq THEN $seq ELSE w.seenSeq END
RETURN w.seenSeq AS seenSeq
