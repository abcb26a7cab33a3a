// The indexes of the database (a uniqueness constraint's own index included), recorded in a backup's header.
SHOW INDEXES
YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint
ORDER BY name
