// Stops watching an entity (not watching it: nothing changes).
MATCH (:Watcher {key: $key})-[watch:WATCHES]->(:Entity {id: $entityId})
DELETE watch
