// Which of the entities $ids the watcher watches.
MATCH (:Watcher {key: $key})-[:WATCHES]->(e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id
