// How many nodes and relationships the database holds: a backup's header and footer, and
// restore's "is the database empty?". The graph version is not counted (backup/list-nodes.cypher).
CALL () {
  MATCH (n) WHERE NOT n:GraphVersion
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
