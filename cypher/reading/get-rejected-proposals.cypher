// The proposals editors rejected for a source ("from|TYPE|to").
MATCH (s:Source {id: $source})
RETURN coalesce(s.rejectedProposals, []) AS keys
