// One :GraphVersion node, bumped in the transaction of every audited change and every import, so
// each app instance over this database can tell whether its cached influence is out of date.
CREATE CONSTRAINT graph_version_id_unique IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE
