// Who watches which stakeholders (server/repositories/watches.ts): one :Watcher per user, shared
// token or local user, -[:WATCHES]-> the entities it watches; its inbox lists their changes.
CREATE CONSTRAINT watcher_key_unique IF NOT EXISTS FOR (n:Watcher) REQUIRE n.key IS UNIQUE;
