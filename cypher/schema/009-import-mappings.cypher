// One remembered mapping per layout of columns.
CREATE CONSTRAINT import_mapping_layout IF NOT EXISTS FOR (m:ImportMapping) REQUIRE m.layout IS UNIQUE
