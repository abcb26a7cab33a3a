// Aliases (names over time, acronyms) are nodes of their own so that each carries its validity and citations.
CREATE CONSTRAINT alias_id_unique IF NOT EXISTS FOR (n:Alias) REQUIRE n.id IS UNIQUE;
