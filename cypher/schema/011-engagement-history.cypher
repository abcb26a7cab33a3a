// Engagement over time: dated assessments of stakeholders, and follow-ups of interactions.
CREATE CONSTRAINT assessment_id_unique IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT follow_up_id_unique IF NOT EXISTS FOR (n:FollowUp) REQUIRE n.id IS UNIQUE;
CREATE INDEX follow_up_owner IF NOT EXISTS FOR (n:FollowUp) ON (n.ownerId);
CREATE INDEX follow_up_status IF NOT EXISTS FOR (n:FollowUp) ON (n.status);
