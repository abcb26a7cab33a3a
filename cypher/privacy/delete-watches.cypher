// Erasure, step 5: nobody watches the person any more (their changes leave every inbox from now on).
MATCH (:Watcher)-[watch:WATCHES]->(:Entity:Person {id: $personId})
DELETE watch
RETURN count(watch) AS deleted
