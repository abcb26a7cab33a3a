// Whether the interaction (involving the entity) and the source an assessment rests on exist.
OPTIONAL MATCH (i:Interaction {id: $interactionId})
OPTIONAL MATCH (s:Source {id: $sourceId})
RETURN i IS NOT NULL AS interactionFound,
  i IS NOT NULL AND EXISTS { (i)-[:INVOLVES]->(:Entity {id: $entityId}) } AS interactionInvolves,
  s IS NOT NULL AS sourceFound, s.retiredAt IS NOT NULL AS sourceRetired
