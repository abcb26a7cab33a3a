// The entities a watcher watches, the latest watched first.
MATCH (:Watcher {key: $key})-[watch:WATCHES]->(e:Entity)
RETURN e.id AS id
ORDER BY watch.at DESC
