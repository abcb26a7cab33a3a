UNWIND $ids AS id
MATCH (b:Brief {id: id})
RETURN b {.*} AS brief
