// Names of all indexes; a uniqueness constraint's backing index carries the constraint's name.
SHOW INDEXES YIELD name
RETURN name
