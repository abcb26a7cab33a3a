// Normalised names (core/storage.ts nameKeyProperties): each entity's and alias's name as the
// matcher compares it (nameKeys: compact, words sorted, without council style words, initials), one
// keyword term each, and its compact name alone (nameCompact, for look-ups within a typo or two), so
// preview, matching and search find the few names a name can match, instead of ranking every entity
// that shares a word such as "council".
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS
FOR (n:Entity|Alias) ON EACH [n.nameKeys, n.nameCompact]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
