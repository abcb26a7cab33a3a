// Users by id (follow-up owners), without their e-mail addresses.
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u {.id, .name, .role} AS user
