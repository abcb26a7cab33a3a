// Search over names, aliases and acronyms. "standard-folding" lower-cases and folds accents, so
// "Solace", "SOLACE" and "solace" match, as do "Socitm" and "Sócitm".
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity|Alias) ON EACH [n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
