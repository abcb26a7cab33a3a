// Which Neo4j wrote a backup, for its header.
CALL dbms.components()
YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
