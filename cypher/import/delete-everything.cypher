// Used by `npm run seed -- --reset` after confirmation: removes every node and relationship.
MATCH (n)
DETACH DELETE n
