// Erasure, step 6: audit entries stay (what changed, when, by whom) with the person's names and
// contact details replaced.
MATCH (a:AuditEntry)
WHERE any(s IN $secrets WHERE coalesce(a.before, '') CONTAINS s OR coalesce(a.after, '') CONTAINS s)
SET a.before = CASE WHEN a.before IS NULL THEN NULL
               ELSE reduce(text = a.before, s IN $secrets | replace(text, s, '[erased]')) END,
    a.after = CASE WHEN a.after IS NULL THEN NULL
              ELSE reduce(text = a.after, s IN $secrets | replace(text, s, '[erased]')) END,
    a.redacted = true
RETURN count(a) AS redacted
