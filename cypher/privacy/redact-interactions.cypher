// Erasure, step 2: the person leaves every interaction, and their names leave its notes.
MATCH (i:Interaction)
OPTIONAL MATCH (i)-[involves:INVOLVES]->(:Entity:Person {id: $personId})
WITH i, involves
WHERE involves IS NOT NULL
   OR any(s IN $secrets WHERE i.summary CONTAINS s OR coalesce(i.outcome, '') CONTAINS s
          OR any(f IN coalesce(i.followUps, []) WHERE f CONTAINS s))
DELETE involves
SET i.summary = reduce(text = i.summary, s IN $secrets | replace(text, s, '[erased]')),
    i.outcome = CASE WHEN i.outcome IS NULL THEN NULL
                ELSE reduce(text = i.outcome, s IN $secrets | replace(text, s, '[erased]')) END,
    i.followUps = [f IN coalesce(i.followUps, []) | reduce(text = f, s IN $secrets | replace(text, s, '[erased]'))]
RETURN count(i) AS redacted
