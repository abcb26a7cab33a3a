// Starts watching an entity (watching it again changes nothing). Its changes numbered after $head
// (the feed's last number now) reach the inbox; a new watcher has seen everything up to $head.
MATCH (e:Entity {id: $entityId})
MERGE (w:Watcher {key: $key})
  ON CREATE SET w.seenSeq = $head
MERGE (w)-[watch:WATCHES]->(e)
  ON CREATE SET watch.since = $head, watch.at = toString(datetime())
RETURN e.id AS id
