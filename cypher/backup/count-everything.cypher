// How many nodes and relationships the database holds: a backup's header and footer, and
// restore's "is the database empty?".
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
