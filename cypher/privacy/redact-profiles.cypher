// Erasure, step 3: other stakeholders' profiles and assessments keep their notes, without the
// person's names.
MATCH (e:Entity)-[:HAS_PROFILE]->(x:EngagementProfile)
WITH e, x, COLLECT { MATCH (e)-[:HAS_ASSESSMENT]->(a:Assessment) WHERE any(s IN $secrets WHERE coalesce(a.note, '') CONTAINS s) RETURN a } AS assessments
WHERE size(assessments) > 0
   OR any(s IN $secrets WHERE coalesce(x.objectives, '') CONTAINS s OR coalesce(x.nextAction, '') CONTAINS s)
SET x.objectives = CASE WHEN x.objectives IS NULL THEN NULL
                   ELSE reduce(text = x.objectives, s IN $secrets | replace(text, s, '[erased]')) END,
    x.nextAction = CASE WHEN x.nextAction IS NULL THEN NULL
                   ELSE reduce(text = x.nextAction, s IN $secrets | replace(text, s, '[erased]')) END
FOREACH (a IN assessments | SET a.note = reduce(text = a.note, s IN $secrets | replace(text, s, '[erased]')))
RETURN count(x) AS redacted
