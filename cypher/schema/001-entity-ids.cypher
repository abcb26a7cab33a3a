// Every entity (body, person, programme) has one stable, readable id, e.g. "body:socitm".
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
