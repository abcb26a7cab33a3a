// Erasure, step 3: other stakeholders' profiles keep their notes, without the person's names.
MATCH (:Entity)-[:HAS_PROFILE]->(x:EngagementProfile)
WHERE any(s IN $secrets WHERE coalesce(x.objectives, '') CONTAINS s OR coalesce(x.nextAction, '') CONTAINS s)
SET x.objectives = CASE WHEN x.objectives IS NULL THEN NULL
                   ELSE reduce(text = x.objectives, s IN $secrets | replace(text, s, '[erased]')) END,
    x.nextAction = CASE WHEN x.nextAction IS NULL THEN NULL
                   ELSE reduce(text = x.nextAction, s IN $secrets | replace(text, s, '[erased]')) END
RETURN count(x) AS redacted
