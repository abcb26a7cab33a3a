// Remembers that an editor rejected a proposed relationship for this source ("from|TYPE|to"), so
// reading the source never proposes it again. Returns nothing when there is no such source.
MATCH (s:Source {id: $source})
SET s.rejectedProposals = CASE
  WHEN $key IN coalesce(s.rejectedProposals, []) THEN s.rejectedProposals
  ELSE coalesce(s.rejectedProposals, []) + $key
END
RETURN s.id AS id
