// Erasure, step 2: the person leaves every interaction, and their names leave its notes and its
// follow-ups.
MATCH (i:Interaction)
OPTIONAL MATCH (i)-[involves:INVOLVES]->(:Entity:Person {id: $personId})
WITH i, involves, COLLECT { MATCH (i)-[:HAS_FOLLOW_UP]->(f:FollowUp) RETURN f } AS followUps
WHERE involves IS NOT NULL
   OR any(s IN $secrets WHERE i.summary CONTAINS s OR coalesce(i.outcome, '') CONTAINS s
          OR any(f IN followUps WHERE f.what CONTAINS s OR coalesce(f.closingNote, '') CONTAINS s))
DELETE involves
SET i.summary = reduce(text = i.summary, s IN $secrets | replace(text, s, '[erased]')),
    i.outcome = CASE WHEN i.outcome IS NULL THEN NULL
                ELSE reduce(text = i.outcome, s IN $secrets | replace(text, s, '[erased]')) END
FOREACH (f IN followUps |
  SET f.what = reduce(text = f.what, s IN $secrets | replace(text, s, '[erased]')),
      f.closingNote = CASE WHEN f.closingNote IS NULL THEN NULL
                      ELSE reduce(text = f.closingNote, s IN $secrets | replace(text, s, '[erased]')) END)
RETURN count(i) AS redacted
