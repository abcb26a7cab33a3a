// Users who sign in with OpenID Connect, their sessions, sign-ins under way and personal API tokens.
CREATE CONSTRAINT user_id_unique IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_subject_unique IF NOT EXISTS FOR (n:User) REQUIRE (n.issuer, n.subject) IS UNIQUE;
CREATE INDEX user_email IF NOT EXISTS FOR (n:User) ON (n.email);
CREATE CONSTRAINT session_id_hash_unique IF NOT EXISTS FOR (n:Session) REQUIRE n.idHash IS UNIQUE;
CREATE CONSTRAINT login_attempt_state_hash_unique IF NOT EXISTS FOR (n:LoginAttempt) REQUIRE n.stateHash IS UNIQUE;
CREATE CONSTRAINT api_token_id_unique IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash_unique IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
