MATCH (s:Source {id: $id})
RETURN s {.*} AS source
