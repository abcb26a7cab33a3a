// How many nodes and relationships the database holds: a backup's header and footer, and
// restore's "is the database empty?". The graph version and the change feed's counter are not
// counted (backup/list-nodes.cypher);
// both node counts come from Neo4j's count store, with no scan.
CALL () {
  MATCH (n)
  RETURN count(n) AS allNodes
}
CALL () {
  MATCH (v:GraphVersion)
  RETURN count(v) AS versions
}
CALL () {
  MATCH (s:FeedSequence)
  RETURN count(s) AS sequences
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN allNodes - versions - sequences AS nodes, relationships
