// The texts of sources by id (null for a source without one), with whether each is retired: what a
// citation's quote is checked against.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.text AS text, s.retiredAt IS NOT NULL AS retired
