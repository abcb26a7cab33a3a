// Sources by id (the DataLoader batch behind Citation.source).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
