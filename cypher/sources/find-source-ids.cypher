// Which of these source ids are taken.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id
