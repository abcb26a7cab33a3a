// Erasure, step 4: briefs keep the meeting, without the person among its stakeholders or as "from",
// and without their names and contact details in the title, objectives and lines to take. The
// version moves on, so a form opened before the erasure cannot write them back (CONFLICT).
MATCH (b:Brief)
WHERE $personId IN b.stakeholderIds OR b.fromId = $personId
   OR any(s IN $secrets WHERE b.title CONTAINS s OR coalesce(b.objectives, '') CONTAINS s
          OR coalesce(b.linesToTake, '') CONTAINS s)
SET b.stakeholderIds = [id IN b.stakeholderIds WHERE id <> $personId],
    b.fromId = CASE WHEN b.fromId = $personId THEN NULL ELSE b.fromId END,
    b.title = reduce(text = b.title, s IN $secrets | replace(text, s, '[erased]')),
    b.objectives = reduce(text = coalesce(b.objectives, ''), s IN $secrets | replace(text, s, '[erased]')),
    b.linesToTake = reduce(text = coalesce(b.linesToTake, ''), s IN $secrets | replace(text, s, '[erased]')),
    b.version = b.version + 1, b.updatedAt = $now, b.updatedBy = $actor.name, b.updatedById = $actor.id
RETURN count(b) AS redacted
