// Official codes (GSS code, company number, charity number): each entity's identifierKeys (every
// identifier as "scheme:value" and its value alone, lower case; core/storage.ts), found exactly by
// the keyword analyzer, which keeps each key as one term. Matching and search use it.
CREATE FULLTEXT INDEX entity_identifiers IF NOT EXISTS
FOR (n:Entity) ON EACH [n.identifierKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
